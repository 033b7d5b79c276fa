package io.itwincontracts.contracttests.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.conformance.ContractProxy;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.Replies;
import io.itwincontracts.testkit.TestFiles;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validating proxy in front of the sandbox and in front of a misbehaving loopback server: exchanges pass
 * unchanged, violations are reported for exactly what broke the contract, and the recording holds no secret.
 */
class ProxyTest {
  private static final String TOKEN = "proxy-bearer-7d2e-c41a";
  private static final String PASSWORD = "proxy-password-93b0-e5f1";
  private static final String SYSTEMS = "/edfs/itwins/" + DefaultData.ITWIN + "/systems";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void inFrontOfTheSandboxOnlyTheClientsInvalidRequestIsReported() throws Exception {
    Path recording = Path.of("target", "verify", "proxy-sandbox.ndjson");
    StringWriter printed = new StringWriter();
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
         ContractProxy proxy = ContractProxy.to(URI.create(sandbox.baseUrl())).record(recording)
             .output(new PrintWriter(printed, true)).start()) {
      HttpResponse<String> created = send(proxy, "POST", SYSTEMS, "{\"name\":\"Dev\",\"systemId\":\"dev_proxy\","
          + "\"systemType\":\"EDF.Sql\",\"credentials\":{\"Password\":\"" + PASSWORD + "\"}}");
      HttpResponse<String> listed = send(proxy, "GET", SYSTEMS, null);
      HttpResponse<String> refused = send(proxy, "POST", SYSTEMS, "{\"name\":\"Dev\",\"systemId\":\"x\","
          + "\"systemType\":\"" + "t".repeat(151) + "\"}");

      assertThat(List.of(created.statusCode(), listed.statusCode(), refused.statusCode())).containsExactly(201, 200, 422);
      assertThat(listed.body()).contains("dev_proxy");
      assertThat(proxy.violations()).singleElement().asString()
          .startsWith("createSystem request: REQUEST: /systemType:");
    }
    String output = printed.toString();
    System.out.print("proxy in front of the sandbox:\n" + output);
    assertThat(output).contains("VIOLATION POST " + SYSTEMS + ": createSystem request").containsPattern(
        "createSystem\\s+2\\s+1\\s+0").containsPattern("listSystems\\s+1\\s+0\\s+0");
    assertThat(Files.readAllLines(recording)).hasSize(3);
    assertNoSecret(recording, output);
  }

  @Test
  void inFrontOfAMisbehavingServerEveryMisbehaviourIsReportedAndNothingElse() throws Exception {
    Path recording = Path.of("target", "verify", "proxy-misbehaving.ndjson");
    StringWriter printed = new StringWriter();
    try (LoopbackServer server = LoopbackServer.scripted();
         ContractProxy proxy = ContractProxy.to(URI.create(server.baseUrl())).record(recording)
             .output(new PrintWriter(printed, true)).start()) {
      server.enqueue(
          Replies.json(200, TestFiles.text("proxy/systems.json")),
          Replies.json(200, TestFiles.text("proxy/systems-extra-property.json")),
          Replies.json(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Slow down.\"}}"),
          Replies.json(201, "{\"id\":\"1\",\"systemName\":\"Dev\"}", "Content-Type", "text/plain"),
          Replies.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"" + PASSWORD + " not found\"}}"));
      send(proxy, "GET", SYSTEMS, null);
      send(proxy, "GET", SYSTEMS, null);
      send(proxy, "GET", SYSTEMS, null);
      String valid = "{\"name\":\"Dev\",\"systemId\":\"dev\",\"systemType\":\"EDF.Sql\",\"credentials\":{\"Password\":\""
          + PASSWORD + "\"}}";
      HttpResponse<String> plain = send(proxy, "POST", SYSTEMS, valid);
      HttpResponse<String> echoed = send(proxy, "GET", SYSTEMS, null);

      assertThat(plain.headers().firstValue("content-type")).hasValue("text/plain");
      assertThat(echoed.body()).as("passed back unchanged").contains(PASSWORD);
      assertThat(server.received().get(3).body()).as("forwarded unchanged").isEqualTo(valid);
      assertThat(server.received().get(3).header("authorization")).containsExactly("Bearer " + TOKEN);
      assertThat(proxy.violations()).hasSize(4).satisfiesExactly(
          v -> assertThat(v).startsWith("listSystems response 200: SCHEMA:").contains("/systems/0/secretHint"),
          v -> assertThat(v).startsWith("listSystems response 429: HEADER:").contains("retry-after"),
          v -> assertThat(v).startsWith("createSystem response 201: CONTENT_TYPE:").contains("text/plain"),
          v -> assertThat(v).startsWith("listSystems response 404: ERROR_CODE:").contains("SystemListNotFound"));
    }
    String output = printed.toString();
    System.out.print("proxy in front of a misbehaving server:\n" + output);
    assertThat(Files.readAllLines(recording)).hasSize(5);
    assertNoSecret(recording, output);
  }

  private HttpResponse<String> send(ContractProxy proxy, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(proxy.baseUrl() + path))
        .header("Authorization", "Bearer " + TOKEN).header("Accept", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertNoSecret(Path recording, String output) throws Exception {
    String recorded = Files.readString(recording);
    assertThat(recorded).contains("REDACTED").doesNotContain(TOKEN).doesNotContain(PASSWORD);
    assertThat(output).doesNotContain(TOKEN).doesNotContain(PASSWORD);
  }
}
