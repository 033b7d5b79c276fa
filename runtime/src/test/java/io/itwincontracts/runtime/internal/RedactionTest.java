package io.itwincontracts.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private static final String TOKEN = "eyJ0eXAi.request-token.sig";
  private static final byte[] BODY = ("{\"name\":\"Dev\",\"credentials\":{\"Password\":\"pw-8c1e-55d0\",\"UserId\":\"sa\"}}")
      .getBytes(StandardCharsets.UTF_8);
  private final Redaction redaction = Redaction.forRequest(
      List.of(Map.entry("Authorization", "Bearer tok-3f9a-c2d1"), Map.entry("Accept", "application/json"),
          Map.entry("Cookie", "session=ck-77aa-41e0")), BODY);

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sensitiveHeadersKeepTheirSchemeAndLoseTheirCredential() {
    assertThat(redaction.text("Bearer tok-3f9a-c2d1")).isEqualTo("Bearer REDACTED");
    assertThat(redaction.header("Authorization", "Bearer tok-3f9a-c2d1")).isEqualTo("REDACTED");
    assertThat(redaction.header("Accept", "application/json")).isEqualTo("application/json");
  }

  @Test
  void aCookieIsASecretAsHeaderAsJsonKeyAndWhenEchoed() {
    assertThat(redaction.header("Cookie", "session=ck-77aa-41e0")).isEqualTo("REDACTED");
    assertThat(redaction.header("Set-Cookie", "session=other")).isEqualTo("REDACTED");
    assertThat(redaction.text("your session=ck-77aa-41e0 expired")).isEqualTo("your REDACTED expired");
    assertThat(redaction.body(utf8("{\"cookie\":\"c-1\",\"name\":\"n\"}")))
        .isEqualTo("{\"cookie\":\"REDACTED\",\"name\":\"n\"}");
  }

  @Test
  void credentialValuesAreRedactedInJsonEvenShortOnesAndEchoesInAnyText() {
    assertThat(redaction.body(BODY))
        .isEqualTo("{\"name\":\"Dev\",\"credentials\":{\"Password\":\"REDACTED\",\"UserId\":\"REDACTED\"}}");
    assertThat(redaction.body(utf8("System pw-8c1e-55d0 exists"))).isEqualTo("System REDACTED exists");
  }

  @Test
  void redactsValuesUnderSensitiveKeysAtAnyDepthEvenIfTheRequestNeverSentThem() {
    String body = "{\"items\":[{\"name\":\"kept\",\"credentials\":{\"Password\":\"other-secret\"}}],"
        + "\"clientSecret\":\"s2\",\"apiKey\":\"k3\"}";

    assertThat(Redaction.of(java.util.Set.of()).body(utf8(body))).isEqualTo(
        "{\"items\":[{\"name\":\"kept\",\"credentials\":{\"Password\":\"REDACTED\"}}],"
            + "\"clientSecret\":\"REDACTED\",\"apiKey\":\"REDACTED\"}");
  }

  @Test
  void multiValuedHeadersGiveTheSameSecrets() {
    Redaction fromMap = Redaction.forRequest(Map.of("Authorization", List.of("Bearer " + TOKEN)),
        utf8("{\"credentials\":{\"Password\":\"hunter2-long\"}}"));

    assertThat(fromMap.text("token " + TOKEN + " and password hunter2-long were rejected"))
        .isEqualTo("token REDACTED and password REDACTED were rejected");
  }

  @Test
  void removesAnyBearerTokenFromFreeText() {
    assertThat(Redaction.of(java.util.Set.of()).text("upstream sent Authorization: Bearer someone-elses.token"))
        .isEqualTo("upstream sent Authorization: Bearer REDACTED");
  }

  @Test
  void aBodyWithoutSecretsKeepsItsBytesAndNullTextStaysNull() {
    byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', (byte) 0xFF, '}'};
    assertThat(redaction.bodyBytes(invalidUtf8)).isSameAs(invalidUtf8);
    assertThat(redaction.text(null)).isNull();
  }
}
