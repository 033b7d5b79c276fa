package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final String TOKEN = "eyJ0eXAi.request-token.sig";

  private static Redactor forRequest(String body) {
    Request request = Request.create(Request.HttpMethod.POST, "https://api.bentley.com/edfs/itwins/1/systems",
        Map.of("Authorization", List.of("Bearer " + TOKEN)), body.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, null);
    return Redactor.forRequest(request, ClientObjectMapper.create());
  }

  @Test
  void redactsValuesUnderSensitiveKeysAtAnyDepthEvenIfTheRequestNeverSentThem() {
    String body = "{\"items\":[{\"name\":\"kept\",\"credentials\":{\"Password\":\"other-secret\"}}],"
        + "\"clientSecret\":\"s2\",\"apiKey\":\"k3\"}";

    assertThat(forRequest("").body(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(
        "{\"items\":[{\"name\":\"kept\",\"credentials\":{\"Password\":\"REDACTED\"}}],"
            + "\"clientSecret\":\"REDACTED\",\"apiKey\":\"REDACTED\"}");
  }

  @Test
  void removesTheRequestsTokenAndCredentialValuesFromFreeText() {
    Redactor redactor = forRequest("{\"credentials\":{\"Password\":\"hunter2-long\"}}");

    assertThat(redactor.text("token " + TOKEN + " and password hunter2-long were rejected"))
        .isEqualTo("token REDACTED and password REDACTED were rejected");
  }

  @Test
  void removesAnyBearerTokenFromFreeText() {
    assertThat(forRequest("").text("upstream sent Authorization: Bearer someone-elses.token"))
        .isEqualTo("upstream sent Authorization: Bearer REDACTED");
  }
}
