package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Logger;
import io.itwincontracts.client.ContractChecks;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.conformance.ContractProxy;
import io.itwincontracts.conformance.RecordingSeed;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.io.StringWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last: searches everything the suite logged (client HTTP log at FULL, Jersey and sandbox logs at the most
 * verbose level) and every exception message and {@code toString()} it recorded for every token and credential
 * value the suite used, the validating proxy's output and recording, the coverage files, and the data file and
 * examples made from the recording. Its own scenario makes sure there is
 * something to find even when it runs alone.
 */
@Order(Integer.MAX_VALUE)
class SecretScanTest {
  private static final SecretLedger LEDGER = SecretLedger.capturing();
  private static final String TOKEN = "scan-bearer-0d4b-91ce";
  private static final String PASSWORD = "scan-password-5c3e-7a10";
  private static final String USER = "scan-user-e27f";

  /**
   * The contract checks' paths: a request they refuse in STRICT mode, the same sent in REPORT mode and refused by
   * the sandbox's checks (the server feature's 422), every report their listeners get.
   */
  private static void contractChecksOf(Sandbox sandbox, SaveUserSystemCredentialDto offContract) {
    for (ContractChecks mode : List.of(ContractChecks.STRICT, ContractChecks.REPORT)) {
      ITwinPlatform checked = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> TOKEN)
          .logLevel(Logger.Level.FULL).maxAttempts(1).contractChecks(mode)
          .onContractViolation(report -> LEDGER.record(report.toString())).build();
      LEDGER.record(catchThrowable(() -> checked.edfs().createSystem(DefaultData.ITWIN, offContract)));
    }
  }

  /**
   * The validating proxy's paths: a create, a duplicate and a request that breaks the schema through it, with its
   * recording on; every line it printed and every line of the recording.
   */
  private static void throughTheProxy(Sandbox sandbox, SaveUserSystemCredentialDto system) {
    Path recording = Path.of("target", "secret-scan", "proxy.ndjson");
    Path coverage = Path.of("target", "secret-scan", "proxy-coverage.json");
    StringWriter printed = new StringWriter();
    try (ContractProxy proxy = ContractProxy.to(URI.create(sandbox.baseUrl())).record(recording).coverage(coverage)
        .output(new PrintWriter(printed, true)).start()) {
      ITwinPlatform proxied = ITwinPlatform.builder().baseUrl(proxy.baseUrl()).tokenSupplier(() -> TOKEN)
          .maxAttempts(1).build();
      LEDGER.record(catchThrowable(() -> proxied.edfs().createSystem(DefaultData.ITWIN, system.systemId("proxied"))));
      LEDGER.record(catchThrowable(() -> proxied.edfs().createSystem(DefaultData.ITWIN, system)));
      LEDGER.record(catchThrowable(() -> proxied.edfs().createSystem(DefaultData.ITWIN, system.systemType("x".repeat(151)))));
    }
    printed.toString().lines().forEach(LEDGER::record);
    try {
      List<String> lines = Files.readAllLines(recording);
      assertThat(lines).as("recorded exchanges").hasSize(3);
      lines.forEach(LEDGER::record);
      Files.readAllLines(coverage).forEach(LEDGER::record);
      // the recording turned into sandbox data and examples (itwin-contracts seed)
      RecordingSeed seed = RecordingSeed.read(List.of(recording));
      Path data = Path.of("target", "secret-scan", "seed-data.json");
      seed.writeDataFile(data);
      seed.writeExamples(Path.of("target", "secret-scan", "examples"), ContractValidator.bundled());
      Files.readAllLines(data).forEach(LEDGER::record);
      try (var examples = Files.walk(Path.of("target", "secret-scan", "examples"))) {
        for (Path example : examples.filter(Files::isRegularFile).toList()) {
          Files.readAllLines(example).forEach(LEDGER::record);
        }
      }
      seed.notHeld().forEach(LEDGER::record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noTokenOrCredentialValueAppearsInAnyLogLineExceptionOrToString() {
    LEDGER.secret(TOKEN, PASSWORD, USER);
    // API coverage is recorded by the sandbox, the client and (below) the proxy, and every coverage file is scanned
    CoverageRecorder coverage = new CoverageRecorder("sandbox");
    CoverageRecorder clientCoverage = new CoverageRecorder("client");
    try (Sandbox sandbox = Sandbox.builder().port(0).recordCoverage(coverage).start()) {
      ITwinPlatform platform = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> TOKEN)
          .logLevel(Logger.Level.FULL).maxAttempts(1).recordCoverage(clientCoverage::record).build();
      SaveUserSystemCredentialDto system = new SaveUserSystemCredentialDto().name("Scanned").systemId("scanned")
          .systemType("EDF.Sql").credentials(Map.of("Password", PASSWORD, "UserName", USER));
      LEDGER.record(platform.edfs().createSystem(DefaultData.ITWIN, system).toString());
      LEDGER.record(catchThrowable(() -> platform.edfs().createSystem(DefaultData.ITWIN, system)));
      LEDGER.record(catchThrowable(() -> platform.edfs().createSystem("not-an-itwin", system)));
      LEDGER.record(system.toString());
      LEDGER.record(platform.toString());
      contractChecksOf(sandbox, system.systemType("x".repeat(151)));
      throughTheProxy(sandbox, system);
    }
    Path coverageFile = Path.of("target", "secret-scan", "coverage.json");
    try {
      coverage.snapshot().merge(clientCoverage.snapshot()).write(coverageFile);
      assertThat(Files.readAllLines(coverageFile)).as("coverage file").anyMatch(line -> line.contains("createSystem"))
          .allSatisfy(LEDGER::record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    long scanned = LEDGER.linesScanned();
    System.out.printf("secret scan: %d lines (logs, exceptions, toString) scanned for %d secrets: %d hits%n",
        scanned, LEDGER.secrets().size(), LEDGER.hits().size());
    assertThat(scanned).as("lines captured").isGreaterThan(20);
    assertThat(LEDGER.hits()).as("lines that show a secret").isEmpty();
  }
}
