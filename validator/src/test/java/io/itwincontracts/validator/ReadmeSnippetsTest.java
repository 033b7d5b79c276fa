package io.itwincontracts.validator;

import static io.itwincontracts.validator.ContractAssertions.assertConformsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Validate a payload" snippets, kept here so that they cannot drift from the code. */
class ReadmeSnippetsTest {

  @Test
  void readmeLibrarySnippetReportsTheTooLongSystemType() {
    String json = "{\"name\": \"Development Sql Server\", \"systemType\": \"" + "x".repeat(151) + "\"}";
    String responseBody = "{\"systems\": []}";

    // README: Validate a payload
    List<Violation> violations = ContractValidator.bundled().validate(Target.request("createSystem"), json);
    // violations.get(0).toString() -> "/systemType: must be at most 150 characters long"

    assertConformsTo(responseBody, "listSystems", 200);   // in a JUnit test: fails with every violation listed
    // README end

    assertThat(violations).extracting(Violation::toString)
        .containsExactly("/systemType: must be at most 150 characters long");
    assertThatThrownBy(() -> assertConformsTo(json, "listSystems", 200)).isInstanceOf(AssertionError.class);
  }
}
