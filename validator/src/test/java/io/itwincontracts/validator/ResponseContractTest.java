package io.itwincontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.TestFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A whole response against its operation: the status it documents, the headers that status requires, its body. */
class ResponseContractTest {
  private static final String ERROR = "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Slow down.\"}}";
  private final ContractValidator validator = ContractValidator.bundled();

  @Test
  void aDocumentedStatusWithItsBodyConforms() {
    assertThat(validator.validateResponse("listSystems", 200, Map.<String, String>of()::get,
        TestFiles.text("payloads/list-systems-page.json"))).isEmpty();
  }

  @Test
  void a429WithoutRetryAfterLacksTheHeaderItsResponseRequires() {
    assertThat(validator.validateResponse("listSystems", 429, Map.<String, String>of()::get, ERROR))
        .containsExactly(new Violation("", Violation.HEADER, "required header retry-after is missing"));
    assertThat(validator.validateResponse("listSystems", 429, Map.of("retry-after", "2")::get, ERROR)).isEmpty();
  }

  @Test
  void aSuccessStatusTheOperationDoesNotListIsUndocumentedEvenWithADefaultResponse() {
    assertThat(validator.validateResponse("createSystem", 200, Map.<String, String>of()::get, "{}"))
        .singleElement().satisfies(v -> {
          assertThat(v.keyword()).isEqualTo(Violation.STATUS);
          assertThat(v.message()).isEqualTo("status 200 is not documented for createSystem (it documents 201, 401,"
              + " 403, 409, 422, 429, default)");
        });
  }

  @Test
  void anUnlistedErrorStatusIsCheckedAgainstTheDefaultResponse() {
    assertThat(validator.validateResponse("createSystem", 500, Map.<String, String>of()::get, ERROR)).isEmpty();
    assertThat(validator.validateResponse("createSystem", 500, Map.<String, String>of()::get, "<html>"))
        .extracting(Violation::keyword).containsExactly(Violation.SYNTAX);
  }

  @Test
  void aBodyOffItsSchemaIsReportedWithPointersAndAMissingBodyIsEmpty() {
    String page = "{\"systems\":[{\"id\":7,\"systemName\":\"Dev\",\"colour\":\"red\"}]}";

    assertThat(validator.validateResponse("listSystems", 200, Map.<String, String>of()::get, page))
        .extracting(Violation::pointer, Violation::keyword)
        .contains(org.assertj.core.groups.Tuple.tuple("/systems/0/id", "type"),
            org.assertj.core.groups.Tuple.tuple("/systems/0/colour", "additionalProperties"));
    assertThat(validator.validateResponse("listSystems", 200, Map.<String, String>of()::get, null))
        .extracting(Violation::keyword).containsExactly(Violation.SYNTAX);
  }

  @Test
  void aRequestIsCheckedOnlyWhenItsOperationDeclaresABody() {
    assertThat(validator.validateRequest("listSystems", null)).isEmpty();
    assertThat(validator.validateRequest("createSystem", "{\"name\":\"Dev\",\"colour\":1}"))
        .extracting(Violation::pointer).contains("/colour");
    assertThatThrownBy(() -> validator.validateRequest("deleteEverything", "{}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown operation 'deleteEverything'");
  }
}
