package io.itwincontracts.contracttests.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.conformance.ContractVerifier;
import io.itwincontracts.conformance.Failure;
import io.itwincontracts.conformance.VerificationResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * verify against Stoplight Prism mocking the specs, an implementation this project did not write. Prism answers
 * from the specs alone, so the report lists what needs state (a 409 on a repeated create, the created item in the
 * list), and two things more: a method the path lacks gets Prism's own RFC 9457 problem JSON with its 405, not the
 * specs' error JSON; and its 422 is the spec's example, whose details name no field of the request at hand.
 * (stoplightio/prism#2664).
 */
@Order(Order.DEFAULT + 1) // after the other suites: a fresh clone's build installs Prism beside them
@ExtendWith(SharedPrism.class)
class VerifyAgainstPrismTest {
  static final String STATELESS_CONFLICT = "stateless: a repeated create gets 201, not the documented 409";
  static final String STATELESS_LIST = "stateless: the list after a create lacks the created item";
  static final String PROBLEM_JSON_405 = "a method the path lacks gets Prism's own 405 application/problem+json,"
      + " not the documented error JSON";
  static final String EXAMPLE_422 = "a mock's 422 is the spec's example: its details do not name the field at fault";
  private static PrismPlatform prism;

  @BeforeAll
  static void prism(PrismPlatform shared) {
    prism = shared;
  }

  /** Which of the known findings a failure is; anything else is itself, so that the test names it. */
  private static String finding(Failure failure) {
    if (failure.caseName().equals("sequence create the same item again") && failure.got().equals("201")) {
      return STATELESS_CONFLICT;
    }
    if (failure.caseName().equals("sequence list after the create")) {
      return STATELESS_LIST;
    }
    if (failure.caseName().startsWith("negative method ") && failure.got().startsWith("405")
        && (failure.got().contains("application/problem+json") || failure.expected().contains("405"))) {
      return PROBLEM_JSON_405;
    }
    if (failure.caseName().startsWith("negative ") && failure.got().startsWith("422 ")
        && failure.expected().contains("with a detail naming")) {
      return EXAMPLE_422;
    }
    return failure.toString();
  }

  @Test
  void theReportListsWhatAStatelessMockCannotDo() throws Exception {
    VerificationResult result = ContractVerifier.against(URI.create(prism.baseUrl(null))).seed(5)
        .maxNegativeCases(25).wellFormedJsonOnly(true).requestTimeout(Duration.ofSeconds(5)).timeLimit(Duration.ofSeconds(60))
        .failureDirectory(Path.of("target", "verify", "prism")).run();
    result.writeReport(Path.of("target", "verify", "prism", "report.md"));
    System.out.print("verify against Prism:\n" + result.summaryTable());
    Map<String, List<String>> findings = result.failures().stream().collect(Collectors.groupingBy(
        VerifyAgainstPrismTest::finding, TreeMap::new, Collectors.mapping(Failure::operationId,
            Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), List::copyOf))));
    findings.forEach((finding, operations) -> System.out.println("  " + finding + ": " + operations));

    assertThat(findings).containsOnlyKeys(STATELESS_CONFLICT, STATELESS_LIST, PROBLEM_JSON_405, EXAMPLE_422);
    // the example's details name some field; where it happens to be the one at fault, the case passes
    assertThat(findings.get(EXAMPLE_422)).isNotEmpty().isSubsetOf("addPackageRoleAssignments",
        "createRepositoryResource", "createSystem", "updateManifestConnection");
    assertThat(findings.get(STATELESS_CONFLICT)).containsExactly("createRepositoryResource", "createSystem");
    assertThat(findings.get(STATELESS_LIST)).containsExactly("listSystems");
    assertThat(result.skipped()).isZero();
  }
}
