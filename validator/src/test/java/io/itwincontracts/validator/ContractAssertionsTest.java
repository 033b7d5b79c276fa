package io.itwincontracts.validator;

import static io.itwincontracts.validator.ContractAssertions.assertConformsTo;
import static io.itwincontracts.validator.ContractAssertions.assertConformsToSchema;
import static io.itwincontracts.validator.ContractAssertions.assertRequestConformsTo;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.TestFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractAssertionsTest {

  @Test
  void passesForAConformingResponse() {
    assertThatCode(() -> assertConformsTo(TestFiles.text("payloads/list-systems-page.json"), "listSystems", 200))
        .doesNotThrowAnyException();
  }

  @Test
  void failureMessageListsEveryViolation() {
    assertThatThrownBy(() -> assertRequestConformsTo(TestFiles.text("payloads/create-system-invalid.json"), "createSystem"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("createSystem request does not conform to the spec (2 violations):")
        .hasMessageContaining("  /credentials/Password: integer found, string expected")
        .hasMessageContaining("  /owner: property 'owner' is not defined");
  }

  /** A request body as a typed model: the schema's properties, any of them left null. */
  record NewSystem(String name, String systemId, String systemType, Map<String, String> credentials) {}

  /** The same with a property the schema does not have. */
  record NewSystemWithOwner(String name, String owner) {}

  @Test
  void assertConformsToSchemaPassesForAConformingComponentAsJsonOrAsAModel() {
    assertThatCode(() -> assertConformsToSchema(TestFiles.text("payloads/create-system.json"),
        "SaveUserSystemCredentialDto")).doesNotThrowAnyException();
    // a model's null property is left out: written as null, "type: string" would refuse it
    assertThatCode(() -> assertConformsToSchema(new NewSystem("Dev", "dev_sql", null, Map.of("Password", "p")),
        "SaveUserSystemCredentialDto")).doesNotThrowAnyException();
    // any CharSequence is JSON text, not a model to write
    assertThatCode(() -> assertConformsToSchema(new StringBuilder("{\"name\": \"Dev\"}"), "SaveUserSystemCredentialDto"))
        .doesNotThrowAnyException();
  }

  @Test
  void assertConformsToSchemaFailsListingEveryViolationOfTheComponent() {
    assertThatThrownBy(() -> assertConformsToSchema("{\"name\": 5, \"owner\": \"me\"}", "SaveUserSystemCredentialDto"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("schema SaveUserSystemCredentialDto does not conform to the spec (2 violations):")
        .hasMessageContaining("  /name: integer found, string expected")
        .hasMessageContaining("  /owner: property 'owner' is not defined");
    assertThatThrownBy(() -> assertConformsToSchema(new NewSystemWithOwner("Dev", "me"), "SaveUserSystemCredentialDto"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("schema SaveUserSystemCredentialDto does not conform to the spec (1 violation):")
        .hasMessageContaining("  /owner: property 'owner' is not defined");
  }
}
