package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BuilderTest {
  private static ITwinPlatform.Builder withToken() {
    return ITwinPlatform.builder().tokenSupplier(() -> "t");
  }

  @Test
  void defaultsToProduction() {
    assertThat(withToken().build()).hasToString("ITwinPlatform[https://api.bentley.com]");
  }

  @Test
  void prefixesTheHostForAnEnvironment() {
    assertThat(withToken().environment(Environment.QA).build()).hasToString("ITwinPlatform[https://qa-api.bentley.com]");
    assertThat(withToken().environment(Environment.DEV).build()).hasToString("ITwinPlatform[https://dev-api.bentley.com]");
  }

  @Test
  void acceptsAnyHttpsUrlAndLoopbackHttp() {
    assertThat(withToken().baseUrl("https://sandbox.example.com/").build())
        .hasToString("ITwinPlatform[https://sandbox.example.com]");
    assertThat(withToken().baseUrl("http://localhost:8080").build()).isNotNull();
    assertThat(withToken().baseUrl("http://[::1]:8080").build()).isNotNull();
  }

  @Test
  void requiresATokenSupplier() {
    assertThatThrownBy(() -> ITwinPlatform.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokenSupplier is required");
  }

  @Test
  void rejectsEnvironmentTogetherWithBaseUrl() {
    assertThatThrownBy(() -> withToken().environment(Environment.QA).baseUrl("https://x.example.com").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
  }

  @Test
  void refusesToSendTheTokenOverPlainHttpToANonLoopbackHost() {
    assertThatThrownBy(() -> withToken().baseUrl("http://api.bentley.com").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only sent over https");
  }

  @Test
  void listsEveryInvalidSettingAtOnce() {
    assertThatThrownBy(() -> ITwinPlatform.builder().baseUrl("ftp://x").maxAttempts(0)
        .maxRetryWait(Duration.ofSeconds(1)).initialBackoff(Duration.ofSeconds(2))
        .readTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tokenSupplier")
        .hasMessageContaining("absolute http(s) URL")
        .hasMessageContaining("maxAttempts")
        .hasMessageContaining("initialBackoff (PT2S) exceeds maxRetryWait (PT1S)")
        .hasMessageContaining("readTimeout");
  }
}
