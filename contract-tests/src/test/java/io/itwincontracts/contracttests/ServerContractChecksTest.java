package io.itwincontracts.contracttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.server.edfs.EdfsApi;
import io.itwincontracts.server.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.server.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.server.error.ApiError;
import io.itwincontracts.server.error.ErrorResponse;
import io.itwincontracts.testkit.RawHttp;
import io.itwincontracts.testkit.TestFiles;
import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import io.itwincontracts.validator.jaxrs.ContractValidationFeature;
import io.itwincontracts.validator.jaxrs.RequestRefusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@link ContractValidationFeature} on implementations of the generated interfaces that are not the sandbox (the
 * echoing ones, and one that answers off the contract), over raw HTTP: an invalid body gets the operation's
 * documented 422 with one detail per violation before the implementation runs; responses are checked on request.
 */
class ServerContractChecksTest {
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";
  private final ContractValidator validator = ContractValidator.bundled();
  private final List<ContractReport> reports = new CopyOnWriteArrayList<>();

  @Test
  void anInvalidBodyGetsTheDocumented422WithOneDetailPerViolation() throws IOException {
    try (LoopbackStubServer server = LoopbackStubServer.echoingAllApis(ContractValidationFeature.requestChecks())) {
      RawHttp.Answer answer = post(server, "/edfs/itwins/" + ITWIN + "/systems", "create-system-two-violations.json");

      assertThat(answer.status()).isEqualTo(422);
      assertThat(validator.validate(Target.response("createSystem", "422"), answer.body())).isEmpty();
      JsonNode error = LoopbackStubServer.MAPPER.readTree(answer.body()).get("error");
      assertThat(error.get("code").asText()).isEqualTo("InvalidSystemRequest");
      assertThat(error.get("message").asText()).isEqualTo("Cannot create System.");
      assertThat(error.get("details")).extracting(d -> d.get("code").asText(), d -> d.get("target").asText())
          .containsExactlyInAnyOrder(tuple("InvalidValue", "/systemType"), tuple("InvalidValue", "/owner"));
      assertThat(answer.body()).doesNotContain("server-check-pw-73b1");
    }
  }

  @Test
  void eachOperationAnswersWithItsOwnDocumentedErrorAndAValidBodyReachesTheImplementation() throws IOException {
    try (LoopbackStubServer server = LoopbackStubServer.echoingAllApis(ContractValidationFeature.requestChecks())) {
      RawHttp.Answer missing = post(server, "/itwins/" + ITWIN + "/repositories/r/resources", "resource-missing-id.json");
      RawHttp.Answer malformed = post(server, "/edfs/itwins/" + ITWIN + "/systems", "create-system-malformed.json");
      RawHttp.Answer valid = post(server, "/edfs/itwins/" + ITWIN + "/systems", "create-system.json");

      assertThat(missing.status()).isEqualTo(422);
      assertThat(validator.validate(Target.response("createRepositoryResource", "422"), missing.body())).isEmpty();
      assertThat(LoopbackStubServer.MAPPER.readTree(missing.body()).at("/error/details"))
          .extracting(d -> d.get("code").asText(), d -> d.get("target").asText())
          .containsExactly(tuple("MissingRequiredProperty", "/id"));
      assertThat(LoopbackStubServer.MAPPER.readTree(malformed.body()).at("/error/details"))
          .extracting(d -> d.get("code").asText()).containsExactly("InvalidRequestBody");
      assertThat(valid.status()).isEqualTo(201);
      assertThat(valid.body()).contains("\"systemId\":\"dev_sql\"");
    }
  }

  @Test
  void responsesThatBreakTheContractAreReportedAndInStrictModeReplacedByA500() throws IOException {
    ContractValidationFeature reporting = ContractValidationFeature.builder().checkResponses(reports::add).build();
    try (LoopbackStubServer server = new LoopbackStubServer(Map.of("/edfs", new OffContractEdfs()), reporting)) {
      RawHttp.Answer limited = get(server, "/edfs/itwins/" + ITWIN + "/systems");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(reports).singleElement().satisfies(report -> {
        assertThat(report.exchange()).isEqualTo("server GET /edfs/itwins/" + ITWIN + "/systems -> 429");
        assertThat(report.violations()).extracting(Violation::keyword).containsExactly(Violation.HEADER);
      });
      assertThat(reporting.checkedResponses()).isEqualTo(1);
    }
    ContractValidationFeature strict = ContractValidationFeature.builder().checkResponses(reports::add)
        .strictResponses(true).build();
    try (LoopbackStubServer server = new LoopbackStubServer(Map.of("/edfs", new OffContractEdfs()), strict)) {
      RawHttp.Answer failed = get(server, "/edfs/itwins/" + ITWIN + "/systems");

      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.body()).contains("ContractViolation").contains("required header retry-after is missing");
    }
  }

  @Test
  void withCheckRequestsFalseABodyThatBreaksTheSchemaReachesTheImplementationAndResponsesAreStillChecked()
      throws IOException {
    try (LoopbackStubServer checked = LoopbackStubServer.echoingAllApis(ContractValidationFeature.requestChecks())) {
      assertThat(post(checked, "/edfs/itwins/" + ITWIN + "/systems", "create-system-type-too-long.json").status())
          .as("with request checks").isEqualTo(422);
    }
    ContractValidationFeature unchecked = ContractValidationFeature.builder().checkRequests(false)
        .checkResponses(reports::add).build();
    try (LoopbackStubServer server = LoopbackStubServer.echoingAllApis(unchecked)) {
      RawHttp.Answer created = post(server, "/edfs/itwins/" + ITWIN + "/systems", "create-system-type-too-long.json");

      assertThat(created.status()).isEqualTo(201);
      assertThat(LoopbackStubServer.MAPPER.readTree(created.body()).get("systemType").asText())
          .as("the implementation echoed the 156-character type").hasSize(156);
      assertThat(unchecked.checkedResponses()).as("responses checked").isEqualTo(1);
      assertThat(reports).as("the echo conforms").isEmpty();
    }
  }

  @Test
  void aRefusalOfTheServersOwnAnswersEveryCheckedRequestInsteadOfTheDocumented422() throws IOException {
    List<String> asked = new CopyOnWriteArrayList<>();
    RequestRefusal ownRules = (operationId, request, body, violations) -> {
      asked.add(operationId + " " + (body == null ? "without body" : "with body") + " " + violations.size());
      if (!violations.isEmpty()) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity("{\"error\":{\"code\":\"OwnRules\","
            + "\"message\":\"" + violations.size() + " violation(s)\"}}").build();
      }
      if (body != null && body.contains("\"reserved_sql\"")) {
        // a rule beyond the schema: the body conforms, the server refuses it all the same
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity("{\"error\":{\"code\":\"SystemExists\","
            + "\"message\":\"reserved_sql is reserved\"}}").build();
      }
      return null;
    };
    try (LoopbackStubServer server = LoopbackStubServer.echoingAllApis(
        ContractValidationFeature.builder().refusal(ownRules).build())) {
      RawHttp.Answer valid = post(server, "/edfs/itwins/" + ITWIN + "/systems", "create-system.json");
      RawHttp.Answer invalid = post(server, "/edfs/itwins/" + ITWIN + "/systems", "create-system-two-violations.json");
      RawHttp.Answer reserved = post(server, "/edfs/itwins/" + ITWIN + "/systems", "create-system-reserved.json");
      RawHttp.Answer listed = get(server, "/edfs/itwins/" + ITWIN + "/systems");

      assertThat(valid.status()).as("let through").isEqualTo(201);
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(invalid.body()).contains("\"OwnRules\"").contains("2 violation(s)");
      assertThat(reserved.status()).isEqualTo(409);
      assertThat(reserved.body()).contains("reserved_sql is reserved");
      assertThat(listed.status()).as("let through").isEqualTo(200);
      assertThat(asked).containsExactly("createSystem with body 0", "createSystem with body 2",
          "createSystem with body 0", "listSystems without body 0");
    }
  }

  private static RawHttp.Answer post(LoopbackStubServer server, String path, String file) throws IOException {
    byte[] body = TestFiles.text("server-checks/" + file).getBytes(StandardCharsets.UTF_8);
    String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Accept: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
    return RawHttp.exchange(port(server), concat(head.getBytes(StandardCharsets.US_ASCII), body), 10_000);
  }

  private static RawHttp.Answer get(LoopbackStubServer server, String path) throws IOException {
    String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
    return RawHttp.exchange(port(server), request.getBytes(StandardCharsets.US_ASCII), 10_000);
  }

  private static int port(LoopbackStubServer server) {
    return URI.create(server.baseUrl()).getPort();
  }

  private static byte[] concat(byte[] head, byte[] body) {
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /** Answers listSystems with a 429 that lacks the retry-after every 429 must carry. */
  static final class OffContractEdfs implements EdfsApi {
    @Override
    public Response createSystem(String iTwinId, SaveUserSystemCredentialDto body) {
      return Response.status(201).build();
    }

    @Override
    public Response listSystems(String iTwinId) {
      return Response.status(429).entity(new ErrorResponse().error(new ApiError().code("TooManyRequests")
          .message("Slow down."))).build();
    }

    @Override
    public Response addPackageRoleAssignments(String iTwinId, String uniqueName, ITwinRoleToPackageRoleDtoList body) {
      return Response.ok().build();
    }
  }
}
