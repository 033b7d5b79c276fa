package io.itwincontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.spec.SpecException;
import io.itwincontracts.testkit.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {
  private final ContractValidator validator = ContractValidator.bundled();

  @Test
  void acceptsThePageExampleOfARequest() {
    assertThat(validator.validate(Target.request("createSystem"), TestFiles.text("payloads/create-system.json"))).isEmpty();
  }

  @Test
  void reportsEveryViolationWithPointerKeywordAndMessage() {
    List<Violation> violations = validator.validate(Target.request("createSystem"),
        TestFiles.text("payloads/create-system-invalid.json"));

    assertThat(violations).containsExactlyInAnyOrder(
        new Violation("/credentials/Password", "type", "integer found, string expected"),
        new Violation("/owner", "additionalProperties",
            "property 'owner' is not defined in the schema and the schema does not allow additional properties"));
  }

  @Test
  void validatesAResponseByStatusAndAComponentByName() {
    String page = TestFiles.text("payloads/list-systems-page.json");

    assertThat(validator.validate(Target.response("listSystems", "200"), page)).isEmpty();
    assertThat(validator.validate(Target.component("OSystemInfoDtoList"), page)).isEmpty();
    assertThat(validator.validate(Target.component("ErrorResponse"), page))
        .extracting(Violation::pointer).contains("/error", "/systems");
  }

  @Test
  void honoursNullableTargetOfTheSharedErrorSchema() {
    String error = "{\"error\":{\"code\":\"InvalidValue\",\"message\":\"m\",\"target\":null}}";

    assertThat(validator.validate(Target.response("createRepositoryResource", "422"), error)).isEmpty();
  }

  @Test
  void turnsMalformedJsonIntoOneViolationNamingLineAndColumn() {
    List<Violation> violations = validator.validate(Target.request("createSystem"), "{\n  \"name\": \"a\",\n  \"systemId\": }");

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.keyword()).isEqualTo(Violation.SYNTAX);
      assertThat(v.pointer()).isEmpty();
      assertThat(v.message()).startsWith("malformed JSON at line 3, column 15");
    });
  }

  @Test
  void rejectsAnEmptyPayload() {
    assertThat(validator.validate(Target.request("createSystem"), ""))
        .singleElement().extracting(Violation::keyword).isEqualTo(Violation.SYNTAX);
  }

  @Test
  void unknownOperationListsTheOperations() {
    assertThatThrownBy(() -> validator.validate(Target.request("createSytem"), "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown operation 'createSytem'; the operations are: addPackageRoleAssignments, "
            + "createRepositoryResource, createSystem, listSystems, updateManifestConnection");
  }

  @Test
  void unknownStatusListsTheDocumentedStatuses() {
    assertThatThrownBy(() -> validator.validate(Target.response("listSystems", "201"), "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listSystems documents no JSON response for status '201'; its statuses are: 200, 401, 404, 422, 429, 400, 405, 406, 408, 413, 414, 417, 426, 431");
  }

  @Test
  void requestOfAnOperationWithoutBodyIsAnError() {
    assertThatThrownBy(() -> validator.validate(Target.request("listSystems"), "{}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("listSystems has no JSON request body");
  }

  @Test
  void unknownComponentListsTheSchemas() {
    assertThatThrownBy(() -> validator.validate(Target.component("SystemDto"), "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown schema 'SystemDto'; the schemas are: ")
        .hasMessageContaining("SaveUserSystemCredentialDto");
  }

  @Test
  void validatesAgainstAnEditedSpecFileAndTheFilesItReferences() {
    ContractValidator edited = ContractValidator.forSpec(TestFiles.path("edited-spec/edfs.yaml"));

    assertThat(edited.validate(Target.request("createSystem"), "{\"name\": \"Development Sql Server\"}"))
        .singleElement().extracting(Violation::keyword).isEqualTo("maxLength");
    assertThat(edited.validate(Target.response("createSystem", "401"), "{\"error\": {\"code\": 1}}"))
        .singleElement().extracting(Violation::pointer).isEqualTo("/error/code");
  }

  @Test
  void unreadableSpecNamesTheFileLineAndColumn() {
    assertThatThrownBy(() -> ContractValidator.forSpec(TestFiles.path("broken-spec/edfs.yaml")))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith("edfs.yaml: not valid YAML at line 9, column");
  }

  @Test
  void missingSpecNamesThePath() {
    assertThatThrownBy(() -> ContractValidator.forSpec(TestFiles.path("edited-spec").resolve("nope.yaml")))
        .isInstanceOf(SpecException.class)
        .hasMessageEndingWith("nope.yaml: no such file");
  }

  @Test
  void oneValidatorServesManyThreadsWithConsistentResults() throws Exception {
    String valid = TestFiles.text("payloads/create-system.json");
    String invalid = TestFiles.text("payloads/create-system-invalid.json");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> counts = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        String payload = i % 2 == 0 ? valid : invalid;
        counts.add(pool.submit(() -> validator.validate(Target.request("createSystem"), payload).size()));
      }
      for (int i = 0; i < counts.size(); i++) {
        assertThat(counts.get(i).get()).isEqualTo(i % 2 == 0 ? 0 : 2);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
