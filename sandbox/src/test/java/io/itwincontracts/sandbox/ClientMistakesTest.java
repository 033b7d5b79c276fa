package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static io.itwincontracts.sandbox.SandboxHttp.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every client mistake gets a 4xx with the documented error JSON: never a 5xx, a stack trace or a class name. */
class ClientMistakesTest {
  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SYSTEMS = "/edfs/itwins/" + ITWIN + "/systems";

  private final SandboxHttp http = SANDBOX.http();

  static Stream<Arguments> mistakes() {
    String body = file("requests/create-system.json");
    return Stream.of(
        Arguments.of("no Authorization", 401, post(body).header("Content-Type", "application/json")),
        Arguments.of("Authorization not Bearer", 401, post(body).header("Content-Type", "application/json")
            .header("Authorization", "Basic dXNlcjpwYXNz")),
        Arguments.of("empty bearer token", 401, post(body).header("Content-Type", "application/json")
            .header("Authorization", "Bearer ")),
        Arguments.of("malformed JSON", 422, authorized(post("{\"name\": \"x\",,}"))),
        Arguments.of("truncated JSON", 422, authorized(post(body.substring(0, 40)))),
        Arguments.of("wrong type", 422, authorized(post("{\"name\": [1, 2]}"))),
        Arguments.of("unknown property", 422, authorized(post(body.replace("\"name\"", "\"nickname\"")))),
        Arguments.of("JSON array instead of object", 422, authorized(post("[]"))),
        Arguments.of("empty body", 422, authorized(post(""))),
        Arguments.of("body over 1 MiB", 413, authorized(post("{\"name\": \"" + "x".repeat(1_100_000) + "\"}"))),
        Arguments.of("wrong content type", 415, request(SYSTEMS).header("Authorization", "Bearer t")
            .header("Content-Type", "text/plain").POST(BodyPublishers.ofString(body))),
        Arguments.of("unknown method", 405, request(SYSTEMS).header("Authorization", "Bearer t")
            .method("DELETE", BodyPublishers.noBody())),
        Arguments.of("unknown path in an API", 404, request("/edfs/nothing/here")
            .header("Authorization", "Bearer t").GET()),
        Arguments.of("unknown API", 404, request("/nothing").GET()),
        Arguments.of("Accept the sandbox cannot produce", 406, request(SYSTEMS)
            .header("Authorization", "Bearer t").header("Accept", "text/html").GET()),
        Arguments.of("Content-Type that is not a media type", 400, request(SYSTEMS).header("Authorization", "Bearer t")
            .header("Content-Type", "application/json, text/plain").POST(BodyPublishers.ofString(body))),
        Arguments.of("Content-Type on a GET that is not a media type", 400, request(SYSTEMS)
            .header("Authorization", "Bearer t").header("Content-Type", ";;;").GET()),
        Arguments.of("Accept that is not a media type list", 400, request(SYSTEMS)
            .header("Authorization", "Bearer t").header("Accept", "*/*;q=abc").GET()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("mistakes")
  void clientMistakeGetsA4xxWithTheDocumentedErrorJson(String mistake, int status, HttpRequest.Builder request)
      throws Exception {
    HttpResponse<String> response = http.send(request);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.", "com.fasterxml", "jakarta.", "java.");
  }

  @Test
  void platformAcceptHeaderIsAnsweredInThePlatformMediaTypeTheSpecsDeclare() {
    HttpResponse<String> response = http.send(http.request(SYSTEMS).header("Authorization", "Bearer t")
        .header("Accept", "application/vnd.bentley.itwin-platform.v1+json").GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.bentley.itwin-platform.v1+json");
  }

  @Test
  void bodyShorterThanItsContentLengthIsA400NotA500() throws Exception {
    String head = "POST " + SYSTEMS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\":";
    String answer = http.exchange(head.getBytes(StandardCharsets.US_ASCII));

    assertThat(answer).startsWith("HTTP/1.1 400").contains("\"IncompleteRequestBody\"");
  }

  @Test
  void aBodyWithThousandsOfProblemsListsTheFirstHundredDetails() throws Exception {
    StringBuilder body = new StringBuilder("{\"name\":\"x\"");
    for (int i = 0; i < 5_000; i++) {
      body.append(",\"k").append(i).append("\":").append(i);
    }
    HttpResponse<String> response = http.send(authorized(post(body.append('}').toString())));

    assertThat(response.statusCode()).isEqualTo(422);
    var details = JSON.readTree(response.body()).at("/error/details");
    assertThat(details.size()).isEqualTo(100);
    assertThat(details.get(0).get("target").asText()).isEqualTo("k0");
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(SANDBOX.sandbox().baseUrl() + path));
  }

  private static HttpRequest.Builder post(String body) {
    return request(SYSTEMS).POST(BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer t").header("Content-Type", "application/json");
  }
}
