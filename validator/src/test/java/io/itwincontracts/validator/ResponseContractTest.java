package io.itwincontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.TestFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole response against its operation: a status it lists, the headers that status declares, the media types it
 * offers, its body, the error codes it gives.
 */
class ResponseContractTest {
  private static final String ERROR = "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Slow down.\"}}";
  private static final Map<String, String> JSON = Map.of("content-type", "application/json");
  private final ContractValidator validator = ContractValidator.bundled();

  @Test
  void aDocumentedStatusWithItsBodyConforms() {
    assertThat(validator.validateResponse("listSystems", 200, JSON::get,
        TestFiles.text("payloads/list-systems-page.json"))).isEmpty();
  }

  @Test
  void a429WithoutRetryAfterLacksTheHeaderItsResponseRequires() {
    assertThat(validator.validateResponse("listSystems", 429, JSON::get, ERROR))
        .containsExactly(new Violation("", Violation.HEADER, "required header retry-after is missing"));
    assertThat(validator.validateResponse("listSystems", 429, Map.of("retry-after", "2",
        "content-type", "application/json")::get, ERROR)).isEmpty();
  }

  @Test
  void aStatusTheOperationDoesNotListIsAViolationWhateverItsBody() {
    assertThat(validator.validateResponse("createSystem", 200, Map.<String, String>of()::get, "{}"))
        .singleElement().satisfies(v -> {
          assertThat(v.keyword()).isEqualTo(Violation.STATUS);
          assertThat(v.message()).isEqualTo("status 200 is not listed for createSystem (it lists 201, 401, 403, 409,"
              + " 422, 429, 400, 405, 406, 408, 413, 414, 415, 417, 426, 431)");
        });
    for (int status : new int[] {418, 500, 503}) {
      assertThat(validator.validateResponse("createSystem", status, JSON::get, ERROR)).as("status " + status)
          .extracting(Violation::keyword).containsExactly(Violation.STATUS);
    }
    assertThat(validator.validateResponse("listSystems", 415, JSON::get, ERROR)).as("a GET takes no body")
        .extracting(Violation::keyword).containsExactly(Violation.STATUS);
  }

  @Test
  void aRefusalIsListedWithItsOwnCodes() {
    assertThat(validator.validateResponse("createSystem", 415, JSON::get,
        "{\"error\":{\"code\":\"UnsupportedMediaType\",\"message\":\"JSON only.\"}}")).isEmpty();
    assertThat(validator.validateResponse("createSystem", 415, JSON::get, ERROR))
        .containsExactly(new Violation("/error/code", Violation.ERROR_CODE, "error code TooManyRequests is not one"
            + " 415 of createSystem gives (UnsupportedMediaType)"));
    assertThat(validator.errorCodes("createSystem", 400)).containsExactly("BadRequest", "InvalidHeader",
        "IncompleteRequestBody");
    assertThat(validator.errorCodes("createSystem", 418)).isEmpty();
  }

  @Test
  void aRetryAfterThatIsNotWholeSecondsBreaksItsSchema() {
    assertThat(validator.validateResponse("updateManifestConnection", 429,
        Map.of("retry-after", "soon", "content-type", "application/json")::get,
        "{\"error\":{\"code\":\"RateLimitExceeded\",\"message\":\"Later.\"}}"))
        .containsExactly(new Violation("", Violation.HEADER, "header retry-after: 'soon' is not valid: Whole seconds"
            + " to wait before sending another request."));
    assertThat(validator.validateResponse("listSystems", 429, Map.of("retry-after", "-1",
        "content-type", "application/json")::get, ERROR))
        .extracting(Violation::keyword).containsExactly(Violation.HEADER);
  }

  @Test
  void aBodyInAMediaTypeTheStatusDoesNotOfferIsAViolation() {
    String page = TestFiles.text("payloads/list-systems-page.json");

    assertThat(validator.validateResponse("listSystems", 200, Map.<String, String>of()::get, page))
        .extracting(Violation::keyword).containsExactly(Violation.MEDIA_TYPE);
    assertThat(validator.validateResponse("listSystems", 200, Map.of("content-type", "text/plain")::get, page))
        .containsExactly(new Violation("", Violation.MEDIA_TYPE, "content-type text/plain is not one 200 of"
            + " listSystems offers (application/json, application/vnd.bentley.itwin-platform.v1+json)"));
    assertThat(validator.validateResponse("listSystems", 200, Map.of("content-type",
        "application/vnd.bentley.itwin-platform.v1+json; charset=utf-8")::get, page)).isEmpty();
  }

  @Test
  void anErrorCodeOfAnotherOperationIsNotOneThisStatusGives() {
    String body = "{\"error\":{\"code\":\"InvalidSystemRequest\",\"message\":\"No.\",\"details\":[]}}";

    assertThat(validator.validateResponse("addPackageRoleAssignments", 422, JSON::get, body))
        .extracting(Violation::keyword).containsExactly(Violation.ERROR_CODE);
    assertThat(validator.validateResponse("createSystem", 422, JSON::get, body)).isEmpty();
  }

  @Test
  void aBodyOffItsSchemaIsReportedWithPointersAndAMissingBodyIsEmpty() {
    String page = "{\"systems\":[{\"id\":7,\"systemName\":\"Dev\",\"colour\":\"red\"}]}";

    assertThat(validator.validateResponse("listSystems", 200, JSON::get, page))
        .extracting(Violation::pointer, Violation::keyword)
        .contains(org.assertj.core.groups.Tuple.tuple("/systems/0/id", "type"),
            org.assertj.core.groups.Tuple.tuple("/systems/0/colour", "additionalProperties"));
    assertThat(validator.validateResponse("listSystems", 200, JSON::get, null))
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
