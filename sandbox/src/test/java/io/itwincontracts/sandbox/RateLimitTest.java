package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.GIS_REPOSITORY;
import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitTest {
  private static final int PER_SECOND = 3;

  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox(Sandbox.builder().rateLimitPerSecond(PER_SECOND));
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/edfs/itwins/" + ITWIN + "/systems, TooManyRequests, edfs-token",
      "/itwins/" + ITWIN + "/repositories/" + GIS_REPOSITORY + "/resources, RateLimitExceeded, itwins-token"})
  void pastTheLimitATokenGets429WithRetryAfterAndThePagesBody(String path, String code, String token) throws Exception {
    SandboxHttp http = SANDBOX.http();
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      responses.add(http.send(http.request(path).header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"id\": \"r" + i + "\", \"displayName\": \"R " + i + "\"}"))));
    }

    List<HttpResponse<String>> limited = responses.stream().filter(r -> r.statusCode() == 429).toList();
    // 12 requests fit in at most a few one-second windows, each of which lets 3 through.
    assertThat(responses.size() - limited.size()).isLessThanOrEqualTo(3 * PER_SECOND);
    assertThat(limited).isNotEmpty().allSatisfy(r -> {
      assertThat(r.headers().firstValue("retry-after")).hasValue("1");
      assertThat(JSON.readTree(r.body()).at("/error/code").asText()).isEqualTo(code);
    });
  }
}
