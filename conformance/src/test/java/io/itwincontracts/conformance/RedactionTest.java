package io.itwincontracts.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private static final byte[] BODY = ("{\"name\":\"Dev\",\"credentials\":{\"Password\":\"pw-8c1e-55d0\",\"UserId\":\"sa\"}}")
      .getBytes(StandardCharsets.UTF_8);
  private final Redaction redaction = Redaction.forRequest(
      List.of(Map.entry("Authorization", "Bearer tok-3f9a-c2d1"), Map.entry("Accept", "application/json")), BODY);

  @Test
  void sensitiveHeadersKeepTheirSchemeAndLoseTheirCredential() {
    assertThat(redaction.text("Bearer tok-3f9a-c2d1")).isEqualTo("Bearer REDACTED");
    assertThat(redaction.header("Authorization", "Bearer tok-3f9a-c2d1")).isEqualTo("REDACTED");
    assertThat(redaction.header("Accept", "application/json")).isEqualTo("application/json");
  }

  @Test
  void credentialValuesAreRedactedInJsonEvenShortOnesAndEchoesInAnyText() {
    assertThat(redaction.body(BODY))
        .isEqualTo("{\"name\":\"Dev\",\"credentials\":{\"Password\":\"REDACTED\",\"UserId\":\"REDACTED\"}}");
    assertThat(redaction.body("System pw-8c1e-55d0 exists".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("System REDACTED exists");
  }

  @Test
  void aBodyWithoutSecretsKeepsItsBytes() {
    byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', (byte) 0xFF, '}'};
    assertThat(redaction.bodyBytes(invalidUtf8)).isSameAs(invalidUtf8);
  }
}
