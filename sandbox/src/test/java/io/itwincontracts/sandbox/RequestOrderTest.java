package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request with several mistakes is refused for the one the pipeline checks first: header syntax, then the
 * token, then the rate limit, then permissions, then the body (the order {@code RequestPipeline} lists). Each test
 * sends a request that breaks two adjacent steps and expects the earlier step's answer.
 */
class RequestOrderTest {
  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox();
  @RegisterExtension
  static final CheckedSandbox LIMITED = new CheckedSandbox(Sandbox.builder().rateLimitPerSecond(1));
  private static final String SYSTEMS = "/edfs/itwins/" + ITWIN + "/systems";
  private static final String MALFORMED_JSON = "{\"name\": \"x\",,}";

  @Test
  void headerThatIsNotAMediaTypeIsRefusedBeforeTheMissingTokenIsNoticed() {
    var response = SANDBOX.http().send(post(SANDBOX, MALFORMED_JSON).header("Content-Type", ";;;"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"InvalidHeader\"");
  }

  @Test
  void missingTokenIsRefusedBeforeTheBodyIsJudged() {
    var response = SANDBOX.http().send(post(SANDBOX, MALFORMED_JSON).header("Content-Type", "application/json"));

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void missingPermissionIsRefusedBeforeTheBodyIsJudged() {
    var response = SANDBOX.http().send(post(SANDBOX, MALFORMED_JSON).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + DefaultData.READ_ONLY_TOKEN));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void tokenPastItsLimitIsRefusedBeforeItsPermissionsOrBodyAreJudged() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      statuses.add(LIMITED.http().send(post(LIMITED, MALFORMED_JSON).header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + DefaultData.READ_ONLY_TOKEN)).statusCode());
    }

    // 1 per second: the first request is judged on its permissions, and of five sent at once most are over the
    // limit. A 429 also shows the token was read first: the limit counts per token.
    assertThat(statuses.get(0)).isEqualTo(403);
    assertThat(statuses).contains(429).containsOnly(403, 429);
  }

  private static HttpRequest.Builder post(CheckedSandbox sandbox, String body) {
    return sandbox.http().request(SYSTEMS).POST(BodyPublishers.ofString(body));
  }
}
