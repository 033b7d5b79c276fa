package io.itwincontracts.validator;

import static io.itwincontracts.validator.ContractAssertions.assertConformsTo;
import static io.itwincontracts.validator.ContractAssertions.assertRequestConformsTo;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.TestFiles;
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
}
