package io.itwincontracts.contracttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Example;
import io.itwincontracts.validator.Operation;
import io.itwincontracts.validator.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SpecExamplesConformTest {
  /**
   * JSON examples on the five reference pages: one request example for each of the four operations with a body,
   * and one example for each documented status (6 + 5 + 5 + 5 + 7 = 28).
   */
  private static final int PAGE_EXAMPLES = 32;
  /**
   * The refusals each operation lists (common.yaml's shared responses, one example each), not on the pages: 10 for
   * each of the four operations with a body, 9 for listSystems (no 415).
   */
  private static final int REFUSAL_EXAMPLES = 49;
  /** The iTwins request schema also carries the page's example at schema level. */
  private static final int SCHEMA_LEVEL_EXAMPLES = 1;

  private final ContractValidator validator = ContractValidator.bundled();

  @Test
  void everyDocumentedBodyCarriesAtLeastOneExample() {
    Set<Target> illustrated = validator.examples().stream().map(Example::target).collect(Collectors.toSet());
    List<Target> bodies = new ArrayList<>();
    for (Operation operation : validator.operations()) {
      if (operation.hasRequestBody()) {
        bodies.add(Target.request(operation.operationId()));
      }
      operation.statuses().forEach(status -> bodies.add(Target.response(operation.operationId(), status)));
    }

    assertThat(bodies).hasSize(PAGE_EXAMPLES + REFUSAL_EXAMPLES).allSatisfy(body -> assertThat(illustrated).contains(body));
  }

  @Test
  void findsEveryExampleOfThePages() {
    assertThat(validator.examples()).hasSize(PAGE_EXAMPLES + REFUSAL_EXAMPLES + SCHEMA_LEVEL_EXAMPLES);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() {
    return validator.examples().stream().map(example -> dynamicTest(example.target() + " '" + example.name() + "'",
        () -> assertThat(validator.validate(example.target(), example.json())).isEmpty()));
  }
}
