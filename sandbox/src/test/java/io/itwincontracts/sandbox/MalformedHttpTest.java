package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.RawConnection;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that are not valid HTTP (the cases of {@code malformed-http.txt}) are refused by the HTTP server before any
 * API sees them: they must still get the documented error JSON and a 4xx, and a refused request must not cost the
 * client the connection it came on.
 */
class MalformedHttpTest {
  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox();
  private static final ContractValidator VALIDATOR = ContractValidator.bundled();
  private static final Pattern REPEAT = Pattern.compile("\\$\\{(.)\\*(\\d+)}");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(r|n|t|x[0-9a-fA-F]{2})");

  static Stream<Arguments> malformed() {
    return SandboxHttp.file("malformed-http.txt").lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split(" \\| ", 3))
        .map(parts -> Arguments.of(parts[0], Integer.parseInt(parts[1]), bytes(parts[2])));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("malformed")
  void malformedRequestGetsA4xxWithTheDocumentedErrorJson(String name, int status, byte[] request) throws IOException {
    String answer = SANDBOX.http().exchange(request);
    int bodyStart = answer.indexOf("\r\n\r\n") + 4;
    String head = answer.substring(0, bodyStart);
    String body = answer.substring(bodyStart);

    assertThat(head).startsWith("HTTP/1.1 " + status + " ").containsIgnoringCase("Content-Type: application/json")
        .as("Jetty closes after its own refusals, so the answer must say so").containsIgnoringCase("Connection: close");
    assertThat(VALIDATOR.validate(Target.component("ErrorResponse"), body)).as(body).isEmpty();
    assertThat(body).doesNotContain("Exception", "org.eclipse", "java.", "<html");
  }

  @Test
  void aPostRefusedBeforeItsBodyWasReadLeavesTheConnectionUsable() throws Exception {
    String body = SandboxHttp.file("requests/create-system.json");
    String refusedHead = "POST /edfs/itwins/" + SandboxHttp.ITWIN + "/systems HTTP/1.1\r\nHost: x\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\nExpect: 100-continue\r\n\r\n";
    String next = "GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    try (RawConnection connection = RawConnection.open(SANDBOX.sandbox().port(), 10_000)) {
      // The body goes in a second write, once the sandbox has the head alone: its 100 Continue says it is reading
      // the body. A sandbox that refused the POST with its body unread would answer the 401 here instead.
      assertThat(connection.send(refusedHead).readHead()).as("the answer to the head alone")
          .startsWith("HTTP/1.1 100 ");
      String answers = connection.send(body + next).readToEnd();

      assertThat(answers).startsWith("HTTP/1.1 401 ").contains("HTTP/1.1 404 ");
    }
  }

  @Test
  void aBadUriIsAnsweredOnlyOnceItsBodyHasArrived() throws Exception {
    String body = SandboxHttp.file("requests/create-system.json");
    String head = "POST /edfs/itwins/%11/systems HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\nExpect: 100-continue\r\n\r\n";
    try (RawConnection connection = RawConnection.open(SANDBOX.sandbox().port(), 10_000)) {
      // answered before the body, the connection would be closed with the body unread: a reset, not the 400; the
      // first thing the sandbox sends must be its request for the body
      assertThat(connection.send(head).readHead()).as("the answer to the head alone").startsWith("HTTP/1.1 100 ");
      String answer = connection.send(body).readToEnd();

      assertThat(answer).startsWith("HTTP/1.1 400 ").contains("Suspicious Path Character");
    }
  }

  @Test
  void aPostWithAnEightKilobyteBearerTokenIsServedNotRefusedWith431() throws Exception {
    String body = SandboxHttp.file("requests/create-system.json");
    String request = "POST /edfs/itwins/" + SandboxHttp.ITWIN + "/systems HTTP/1.1\r\nHost: x\r\n"
        + "Authorization: Bearer " + "t".repeat(8000) + "\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;

    String answer = SANDBOX.http().exchange(request.getBytes(StandardCharsets.UTF_8));

    assertThat(answer).as("the sandbox takes any bearer token; one of 8 KB too").startsWith("HTTP/1.1 201 ");
  }

  private static byte[] bytes(String escaped) {
    Matcher repeat = REPEAT.matcher(escaped);
    String expanded = repeat.replaceAll(m -> m.group(1).repeat(Integer.parseInt(m.group(2))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Matcher escape = ESCAPE.matcher(expanded);
    int from = 0;
    while (escape.find()) {
      out.writeBytes(expanded.substring(from, escape.start()).getBytes(StandardCharsets.ISO_8859_1));
      String code = escape.group(1);
      out.write(switch (code.charAt(0)) {
        case 'r' -> '\r';
        case 'n' -> '\n';
        case 't' -> '\t';
        default -> Integer.parseInt(code.substring(1), 16);
      });
      from = escape.end();
    }
    out.writeBytes(expanded.substring(from).getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }
}
