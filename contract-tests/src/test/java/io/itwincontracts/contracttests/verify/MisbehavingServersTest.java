package io.itwincontracts.contracttests.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.ContractChecks;
import io.itwincontracts.client.ContractViolationException;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.conformance.ContractProxy;
import io.itwincontracts.conformance.ContractVerifier;
import io.itwincontracts.conformance.Failure;
import io.itwincontracts.contracttests.LoopbackStubServer;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.jaxrs.ContractValidationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link Misbehaviour} put in front of the sandbox (and inside a server of the stubs), and every checker of the
 * project held against it: {@code verify}, the proxy, the client in STRICT and in REPORT mode, and
 * {@code ContractValidationFeature}. Each must report the misbehaviour, and report it only on the operation it
 * breaks; the sandbox as it is passes all of them. Writes the matrix to {@code target/misbehaviour-matrix.md}.
 */
// beside the one-at-a-time thread, not in it: its own sandbox, fronts and ports; in that thread it was the longest
// suite after the fuzz run, and the other threads' suites ended 10 s before it (contract-tests' tests end at 52 s
// against 54 s, three alternating runs)
@Execution(ExecutionMode.CONCURRENT)
class MisbehavingServersTest {
  private static final List<String> CHECKERS = List.of("verify", "proxy", "client STRICT", "client REPORT",
      "ContractValidationFeature");
  private static final Map<String, Map<String, String>> MATRIX = new ConcurrentSkipListMap<>();
  private static Sandbox sandbox;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).checkResponses(true).start();
  }

  @AfterAll
  static void stop() throws Exception {
    sandbox.close();
    StringBuilder table = new StringBuilder("| misbehaviour | " + String.join(" | ", CHECKERS) + " |\n|---|"
        + "---|".repeat(CHECKERS.size()) + "\n");
    MATRIX.forEach((row, cells) -> table.append("| ").append(row).append(" | ")
        .append(String.join(" | ", CHECKERS.stream().map(c -> cells.getOrDefault(c, "not run")).toList()))
        .append(" |\n"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "misbehaviour-matrix.md"), table);
    System.out.print("misbehaviours x checkers:\n" + table);
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @ParameterizedTest
  @EnumSource(Misbehaviour.class)
  @Execution(ExecutionMode.SAME_THREAD) // one misbehaviour at a time: they share the sandbox and reset it
  void everyCheckerCatchesTheMisbehaviourOnItsOperationOnly(Misbehaviour misbehaviour) throws Exception {
    Map<String, String> row = new TreeMap<>();
    Map<String, List<String>> found = run(misbehaviour.operationId, misbehaviour.rewrite, misbehaviour);
    found.forEach((checker, operations) -> row.put(checker, verdict(operations, misbehaviour.operationId)));
    MATRIX.put(misbehaviour.name() + " (" + misbehaviour.operationId + ")", row);
    found.forEach((checker, operations) -> assertThat(operations).as(checker + " on " + misbehaviour)
        .isNotEmpty().containsOnly(misbehaviour.operationId));
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void theSandboxAsItIsPassesEveryChecker() throws Exception {
    Map<String, List<String>> found = run("createSystem", UnaryOperator.identity(), null);
    Map<String, String> row = new TreeMap<>();
    found.forEach((checker, operations) -> row.put(checker, operations.isEmpty() ? "passes" : "false positive "
        + operations));
    MATRIX.put("(none: the sandbox as it is)", row);
    found.forEach((checker, operations) -> assertThat(operations).as(checker).isEmpty());
    assertThat(sandbox.responseProblems()).isEmpty();
  }

  /** Per checker, the operation of every violation it reported (a response's, not the request's). */
  private Map<String, List<String>> run(String operationId, UnaryOperator<FaultyFront.Reply> rewrite,
      Misbehaviour misbehaviour) throws Exception {
    Map<String, List<String>> found = new TreeMap<>();
    try (FaultyFront front = new FaultyFront(sandbox.baseUrl(), operationId, rewrite)) {
      found.put("verify", ContractVerifier.against(URI.create(front.baseUrl())).token("misbehaviour-token").seed(7)
          .maxNegativeCases(25).timeLimit(Duration.ofSeconds(60)).run().failures().stream()
          .map(Failure::operationId).toList());
      sandbox.reset();
      StringWriter printed = new StringWriter();
      try (ContractProxy proxy = ContractProxy.to(URI.create(front.baseUrl())).output(new PrintWriter(printed, true))
          .start()) {
        Traffic.all().forEach(request -> request.send(http, proxy.baseUrl()));
        found.put("proxy", proxy.violations().stream().filter(v -> v.matches("\\w+ response .*"))
            .map(v -> v.split(" ", 2)[0]).toList());
      }
      sandbox.reset();
      found.put("client STRICT", clientViolations(front.baseUrl(), ContractChecks.STRICT));
      sandbox.reset();
      found.put("client REPORT", clientViolations(front.baseUrl(), ContractChecks.REPORT));
    }
    List<ContractReport> reports = new CopyOnWriteArrayList<>();
    ContractValidationFeature feature = ContractValidationFeature.builder().checkResponses(reports::add).build();
    Object[] providers = misbehaviour == null ? new Object[] {feature}
        : new Object[] {feature, new MisbehavingFilter(misbehaviour)};
    try (LoopbackStubServer stubs = LoopbackStubServer.echoingAllApis(providers)) {
      Traffic.all().forEach(request -> request.send(http, stubs.baseUrl()));
    }
    found.put("ContractValidationFeature", reports.stream().map(r -> r.target().operationId()).toList());
    return found;
  }

  /** The client's calls of the traffic a schema allows; the operation of every response violation it met. */
  private static List<String> clientViolations(String baseUrl, ContractChecks mode) {
    List<String> operations = new CopyOnWriteArrayList<>();
    List<ContractReport> reports = new CopyOnWriteArrayList<>();
    ITwinPlatform platform = ITwinPlatform.builder().baseUrl(baseUrl).tokenSupplier(() -> "misbehaviour-token")
        .maxAttempts(1).contractChecks(mode).onContractViolation(reports::add).build();
    for (Traffic call : Traffic.all()) {
      if (call.kind().equals("schema")) {
        continue;
      }
      try {
        call.call(platform);
      } catch (ContractViolationException e) {
        if (mode == ContractChecks.STRICT && e.status().isPresent()) {
          operations.add(e.operationId());
        }
      } catch (Exception documentedOrNot) {
        // a typed exception for an error status: what the checks said is in the reports
      }
    }
    if (mode == ContractChecks.REPORT) {
      reports.stream().filter(r -> !"request".equals(r.target().status()))
          .forEach(r -> operations.add(r.target().operationId()));
    }
    return new ArrayList<>(operations);
  }

  private static String verdict(List<String> operations, String operationId) {
    if (operations.isEmpty()) {
      return "missed";
    }
    List<String> elsewhere = operations.stream().filter(o -> !o.equals(operationId)).distinct().toList();
    return elsewhere.isEmpty() ? "caught (" + operations.size() + ")" : "caught, also on " + elsewhere;
  }
}
