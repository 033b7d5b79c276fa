package io.itwincontracts.contracttests.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.conformance.ContractVerifier;
import io.itwincontracts.conformance.VerificationResult;
import io.itwincontracts.sandbox.Sandbox;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The suite verify derives from the specs, run against the sandbox with its response checks on: no failure, every
 * kind of case sent for every operation, and the reports written. Prints the cases per operation and the time.
 */
class VerifyAgainstSandboxTest {
  private static final Path REPORTS = Path.of("target", "verify", "sandbox");

  @Test
  void theSandboxKeepsTheContractInEveryCase() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).checkResponses(true).start()) {
      VerificationResult result = ContractVerifier.against(URI.create(sandbox.baseUrl())).seed(20_261_201L)
          .failureDirectory(REPORTS.resolve("failures")).run();
      System.out.print("verify against the sandbox:\n" + result.summaryTable());
      result.writeReport(REPORTS.resolve("report.md"));
      result.writeReport(REPORTS.resolve("report.html"));
      result.writeReport(REPORTS.resolve("junit.xml"));

      assertThat(result.failures()).as("failures").isEmpty();
      assertThat(result.conformant()).isTrue();
      assertThat(result.cases()).containsOnlyKeys("createSystem", "listSystems", "addPackageRoleAssignments",
          "updateManifestConnection", "createRepositoryResource");
      result.cases().forEach((operation, kinds) -> assertThat(kinds).as(operation)
          .containsKeys("positive", "auth", "negative"));
      assertThat(result.cases().get("createSystem")).containsKey("sequence");
      assertThat(result.cases().get("createRepositoryResource")).containsKey("sequence");
      assertThat(sandbox.responseProblems()).as("what the sandbox's own checks saw").isEmpty();
      assertThat(Files.readString(REPORTS.resolve("junit.xml"))).contains("<testsuite name=\"createSystem\"");
    }
  }
}
