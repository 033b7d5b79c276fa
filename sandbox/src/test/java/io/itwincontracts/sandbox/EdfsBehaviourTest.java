package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static io.itwincontracts.sandbox.SandboxHttp.PACKAGE;
import static io.itwincontracts.sandbox.SandboxHttp.SECOND_ITWIN;
import static io.itwincontracts.sandbox.SandboxHttp.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EdfsBehaviourTest {
  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SandboxHttp http = SANDBOX.http();

  @Test
  void createSystemAnswers201WithANewIdAndNeverReturnsCredentials() throws Exception {
    String body = file("requests/create-system.json").replace("dev_sql_server", "created_once");

    HttpResponse<String> created = http.send("POST", "/edfs/itwins/" + SECOND_ITWIN + "/systems", body);
    HttpResponse<String> listed = http.get("/edfs/itwins/" + SECOND_ITWIN + "/systems");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(created.body()).get("id").asText()).matches("[0-9a-f-]{36}");
    assertThat(created.body() + listed.body()).doesNotContain("Sandbox-Secret-4711").doesNotContain("credentials");
  }

  @Test
  void duplicateSystemIdInTheSameITwinIs409WithThePagesDetail() throws Exception {
    String body = file("requests/create-system.json").replace("dev_sql_server", "twice");
    http.send("POST", "/edfs/itwins/" + ITWIN + "/systems", body);

    HttpResponse<String> again = http.send("POST", "/edfs/itwins/" + ITWIN + "/systems", body.replace("twice", "TWICE"));

    assertThat(again.statusCode()).isEqualTo(409);
    JsonNode error = JSON.readTree(again.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("SystemExists");
    assertThat(error.get("details").get(0).get("target").asText()).isEqualTo("SystemId");
  }

  @Test
  void invalidCreateIs422WithOneDetailPerBrokenRule() throws Exception {
    HttpResponse<String> response = http.send("POST", "/edfs/itwins/not-an-itwin/systems",
        file("requests/create-system-breaking-every-rule.json"));

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode error = JSON.readTree(response.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("InvalidSystemRequest");
    assertThat(error.get("message").asText()).isEqualTo("Cannot create System.");
    assertThat(error.get("details").findValuesAsText("target"))
        .containsExactlyInAnyOrder("SystemType", "owner", "iTwinId", "Name", "SystemId");
    assertThat(error.get("details").findValuesAsText("code")).contains("MissingRequiredProperty", "InvalidValue");
  }

  @Test
  void responsesCarryTheirContentLengthRatherThanChunks() {
    HttpResponse<String> listed = http.get("/edfs/itwins/" + ITWIN + "/systems");

    assertThat(listed.headers().firstValue("Content-Length")).hasValue(String.valueOf(listed.body().length()));
    assertThat(listed.headers().firstValue("Transfer-Encoding")).isEmpty();
  }

  @Test
  void listSystemsFillsTheAuditFields() throws Exception {
    http.send("POST", "/edfs/itwins/" + ITWIN + "/systems", file("requests/create-system.json").replace("dev_sql_server", "listed"));

    JsonNode systems = JSON.readTree(http.get("/edfs/itwins/" + ITWIN + "/systems").body()).get("systems");

    JsonNode listed = systems.findParents("systemId").stream().filter(s -> s.get("systemId").asText().equals("listed"))
        .findFirst().orElseThrow();
    assertThat(listed.get("organizationId").asText()).isEqualTo("3f1b8a52-6a4e-4f0c-9a51-1c2a7d9e0b11");
    assertThat(listed.get("lastChange").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    assertThat(listed.get("lastChangeBy").asText()).isEqualTo("9f8e7d6c-5b4a-4938-8271-605f4e3d2c1b");
    assertThat(listed.get("lastChangeByName").asText()).isEqualTo("Sandbox User");
  }

  @Test
  void listSystemsOfAnUnknownITwinIs404() throws Exception {
    HttpResponse<String> response = http.get("/edfs/itwins/00000000-0000-4000-8000-000000000000/systems");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("SystemListNotFound");
  }

  @Test
  void listSystemsOfAnInvalidITwinIdIs422() throws Exception {
    HttpResponse<String> response = http.get("/edfs/itwins/not-an-itwin/systems");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).at("/error/details/0/target").asText()).isEqualTo("iTwinId");
  }

  @Test
  void userWithoutPermissionGets403WhereThePageDocumentsIt() throws Exception {
    HttpResponse<String> create = http.send(http.request("/edfs/itwins/" + ITWIN + "/systems")
        .header("Authorization", "Bearer read-only").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(file("requests/create-system.json"))));
    HttpResponse<String> list = http.send(http.request("/edfs/itwins/" + ITWIN + "/systems")
        .header("Authorization", "Bearer read-only").GET());
    HttpResponse<String> listAsManager = http.send(http.request("/edfs/itwins/" + ITWIN + "/systems")
        .header("Authorization", "Bearer credentials-manager").GET());

    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(create.body()).at("/error/code").asText()).isEqualTo("InsufficientPermissions");
    assertThat(list.statusCode()).as("no 403 documented for listSystems").isEqualTo(404);
    assertThat(listAsManager.statusCode()).isEqualTo(200);
  }

  @Test
  void addPackageRoleAssignmentsResolvesTheNames() throws Exception {
    HttpResponse<String> response = http.send("POST", "/edfs/itwins/" + ITWIN + "/packages/" + PACKAGE + "/roles",
        file("requests/assignments.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode assignment = JSON.readTree(response.body()).at("/assignments/0");
    assertThat(assignment.get("iTwinRoleName").asText()).isEqualTo("EDFS_integration");
    assertThat(assignment.at("/packageRoles/0/packageRoleName").asText()).isEqualTo("Execute Integration Package");
  }

  @Test
  void unknownRoleIdsAre422WithADetailEach() throws Exception {
    HttpResponse<String> response = http.send("POST", "/edfs/itwins/" + ITWIN + "/packages/" + PACKAGE + "/roles",
        file("requests/assignments-unknown-roles.json"));

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode error = JSON.readTree(response.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("InvalidAssignmentListRequest");
    assertThat(error.get("details").findValuesAsText("target")).isEqualTo(List.of("ITwinRoleId", "PackageRoleIds"));
  }

  @Test
  void uniqueNameWithCharactersNotAllowedIs422() throws Exception {
    HttpResponse<String> response = http.send("POST", "/edfs/itwins/" + ITWIN + "/packages/bad%20name%21/roles",
        file("requests/assignments.json"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).at("/error/details/0/target").asText()).isEqualTo("uniqueName");
  }
}
