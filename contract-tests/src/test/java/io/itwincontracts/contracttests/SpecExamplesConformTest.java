package io.itwincontracts.contracttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import java.util.List;
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

  private final ContractCatalog catalog = new ContractCatalog();

  @Test
  void everyDocumentedBodyCarriesAtLeastOneExample() {
    assertThat(catalog.exchanges())
        .allSatisfy(e -> assertThat(e.examples()).as(e.describe()).isNotEmpty());
  }

  @Test
  void findsEveryExampleOfThePages() {
    assertThat(catalog.exchanges()).hasSize(PAGE_EXAMPLES);
    assertThat(catalog.exchanges().stream().mapToInt(e -> e.examples().size()).sum()).isEqualTo(PAGE_EXAMPLES);
    assertThat(catalog.componentSchemaExamples()).as("the iTwins request schema's own example").hasSize(1);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsMediaTypeSchema() {
    return catalog.exchanges().stream().flatMap(exchange -> exchange.examples().entrySet().stream()
        .map(example -> dynamicTest(exchange.describe() + " example '" + example.getKey() + "'", () -> {
          List<Error> errors = SchemaRegistries.schema(exchange.schemaLocation()).validate(example.getValue());
          assertThat(errors).as("violations of %s", exchange.schemaLocation()).isEmpty();
        })));
  }

  @TestFactory
  Stream<DynamicTest> everySchemaLevelExampleValidatesAgainstItsSchema() {
    return catalog.componentSchemaExamples().entrySet().stream()
        .map(example -> dynamicTest(example.getKey(), () ->
            assertThat(SchemaRegistries.schema(example.getKey()).validate(example.getValue())).isEmpty()));
  }
}
