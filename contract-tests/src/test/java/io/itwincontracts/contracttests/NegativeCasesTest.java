package io.itwincontracts.contracttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Payloads that break one rule of a schema each, as files under {@code negative/<operationId>/}: each names the
 * body it is for ({@code target}: "request" or a status), and the keyword and JSON pointer of the violation.
 */
class NegativeCasesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyOperationHasAtLeastFourNegativeCases() throws IOException {
    Map<String, Long> perOperation = cases().collect(
        Collectors.groupingBy(c -> c.getParent().getFileName().toString(), TreeMap::new, Collectors.counting()));

    assertThat(perOperation).containsOnlyKeys(
        "addPackageRoleAssignments", "createRepositoryResource", "createSystem", "listSystems", "updateManifestConnection");
    assertThat(perOperation.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
  }

  @TestFactory
  Stream<DynamicTest> everyNegativeCaseIsRejectedWithTheExpectedKeywordAtTheExpectedPointer() throws IOException {
    return cases().map(file -> dynamicTest(root().relativize(file).toString(), () -> {
      JsonNode negativeCase = JSON.readTree(Files.readString(file));
      String operationId = file.getParent().getFileName().toString();
      String status = negativeCase.get("target").asText();
      Target target = Target.REQUEST.equals(status) ? Target.request(operationId) : Target.response(operationId, status);

      List<Violation> violations = ContractValidator.bundled().validate(target, negativeCase.get("payload").toString());

      assertThat(violations).as("violations of %s", target).anySatisfy(violation -> {
        assertThat(violation.keyword()).isEqualTo(negativeCase.get("keyword").asText());
        assertThat(violation.pointer()).isEqualTo(negativeCase.get("pointer").asText());
      });
    }));
  }

  private static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static Path root() {
    try {
      return Path.of(NegativeCasesTest.class.getClassLoader().getResource("negative").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
