package io.itwincontracts.contracttests.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.conformance.Check;
import io.itwincontracts.conformance.ContractVerifier;
import io.itwincontracts.conformance.Failure;
import io.itwincontracts.conformance.VerificationResult;
import io.itwincontracts.sandbox.Sandbox;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * verify against the sandbox with one seeded fault at a time: the fault is found, by the check meant to find it,
 * on the faulted operation only; the failing cases are written for replay, without the token. Prints the matrix.
 */
class SeededFaultsTest {
  private static final String TOKEN = "verify-bearer-5e1f-a07c";
  private static final Path FAILURES = Path.of("target", "verify", "faults");
  private static final Map<SeededFault, String> MATRIX = new LinkedHashMap<>();
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    System.out.println("seeded-fault matrix (fault -> operation: checks that found it, failures):");
    MATRIX.forEach((fault, found) -> System.out.println("  " + fault + " -> " + found));
  }

  @ParameterizedTest
  @EnumSource(SeededFault.class)
  void everySeededFaultIsFoundOnItsOperationOnly(SeededFault fault) throws Exception {
    sandbox.reset();
    Path failures = FAILURES.resolve(fault.name());
    try (FaultyFront front = new FaultyFront(sandbox.baseUrl(), fault.operationId, fault.rewrite)) {
      VerificationResult result = ContractVerifier.against(URI.create(front.baseUrl())).token(TOKEN).seed(7)
          .maxNegativeCases(25).failureDirectory(failures).run();

      Set<Check> found = result.failures().stream().map(Failure::check).collect(Collectors.toCollection(TreeSet::new));
      MATRIX.put(fault, fault.operationId + ": " + found + ", " + result.failures().size() + " failure(s)");
      assertThat(result.failures()).as("failures").isNotEmpty()
          .allSatisfy(f -> assertThat(f.operationId()).as(f.toString()).isEqualTo(fault.operationId));
      Set<Check> allowed = EnumSet.of(fault.detectedBy);
      allowed.addAll(fault.alongside);
      assertThat(found).contains(fault.detectedBy).isSubsetOf(allowed);
      for (Failure failure : result.failures()) {
        assertThat(failure.replay()).exists();
        String replay = new String(Files.readAllBytes(failure.replay()), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(replay).doesNotContain(TOKEN).containsAnyOf("Bearer REDACTED", "Basic REDACTED", "Authorization: Bearer\r\n", "# auth no authorization");
      }
    }
  }
}
