package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.CONNECTION;
import static io.itwincontracts.sandbox.SandboxHttp.GIS_REPOSITORY;
import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static io.itwincontracts.sandbox.SandboxHttp.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynchronizationAndITwinsBehaviourTest {
  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RESOURCES = "/itwins/" + ITWIN + "/repositories/" + GIS_REPOSITORY + "/resources";

  private final SandboxHttp http = SANDBOX.http();

  @Test
  void updateManifestConnectionAnswersTheUpdatedConnectionWithItsLinks() throws Exception {
    HttpResponse<String> response = http.send("PUT", "/synchronization/imodels/manifestconnections/" + CONNECTION,
        file("requests/update-connection.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode connection = JSON.readTree(response.body()).get("connection");
    assertThat(connection.get("displayName").asText()).isEqualTo("Nightly");
    assertThat(connection.get("authenticationType").asText()).isEqualTo("Service");
    assertThat(connection.at("/_links/iModel/href").asText()).endsWith("/imodels/7dbd531d-6967-47b2-8945-a722a437ad7a");
    assertThat(connection.at("/_links/lastRun/href").asText()).contains(CONNECTION + "/runs/");
  }

  @Test
  void updatingAnUnknownConnectionIs404() throws Exception {
    HttpResponse<String> response = http.send("PUT", "/synchronization/imodels/manifestconnections/nope", "{}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("ManifestConnectionNotFound");
  }

  @Test
  void malformedJsonIs422WithAnInvalidRequestBodyDetail() throws Exception {
    HttpResponse<String> response = http.send("PUT", "/synchronization/imodels/manifestconnections/" + CONNECTION,
        "{\"displayName\": ");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode error = JSON.readTree(response.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("InvalidManifestConnectionRequest");
    assertThat(error.at("/details/0/code").asText()).isEqualTo("InvalidRequestBody");
  }

  @Test
  void createRepositoryResourceTakesClassAndSubClassFromTheRepository() throws Exception {
    HttpResponse<String> response = http.send("POST", RESOURCES, file("requests/create-resource.json"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode resource = JSON.readTree(response.body()).get("resource");
    assertThat(resource.get("class").asText()).isEqualTo("GeographicInformationSystem");
    assertThat(resource.get("subClass").asText()).isEqualTo("WebMapService");
  }

  @ParameterizedTest
  @CsvSource({"same_id, Another name", "another_id, Same name"})
  void duplicateIdOrDisplayNameIs409(String id, String displayName) throws Exception {
    http.send("POST", RESOURCES, "{\"id\": \"same_id\", \"displayName\": \"Same name\"}");

    HttpResponse<String> again = http.send("POST", RESOURCES,
        "{\"id\": \"" + id + "\", \"displayName\": \"" + displayName + "\"}");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).at("/error/code").asText()).isEqualTo("iTwinRepositoryResourceExists");
  }

  @ParameterizedTest
  @CsvSource({
      "/itwins/00000000-0000-4000-8000-000000000000/repositories/x/resources, iTwinNotFound",
      "/itwins/" + ITWIN + "/repositories/00000000-0000-4000-8000-000000000000/resources, iTwinRepositoryNotFound"})
  void unknownITwinOrRepositoryIs404WithItsCode(String path, String code) throws Exception {
    HttpResponse<String> response = http.send("POST", path, file("requests/create-resource.json"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo(code);
  }

  @Test
  void missingAndTooLongFieldsAre422WithADetailEach() throws Exception {
    HttpResponse<String> missing = http.send("POST", RESOURCES, "{\"displayName\": \"\"}");
    HttpResponse<String> tooLong = http.send("POST", RESOURCES,
        "{\"id\": \"" + "i".repeat(201) + "\", \"displayName\": \"" + "d".repeat(201) + "\"}");

    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(missing.body()).at("/error/code").asText()).isEqualTo("InvalidiTwinsRequest");
    assertThat(JSON.readTree(missing.body()).at("/error/details").findValuesAsText("target"))
        .containsExactlyInAnyOrder("id", "displayName");
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(tooLong.body()).at("/error/details").findValuesAsText("target"))
        .containsExactlyInAnyOrder("id", "displayName");
  }
}
