package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.Replies;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The read timeout bounds the body too, not only the wait for the status line (found by the reliability suite). */
class BodyReadTimeoutTest {
  @Test
  @Timeout(10)
  void serverThatStallsMidBodyEndsTheCallAtTheReadTimeout() {
    try (LoopbackServer server = LoopbackServer.answering(Replies.stallMidBody())) {
      ITwinPlatform platform = ITwinPlatform.builder().baseUrl(server.baseUrl())
          .tokenSupplier(() -> "t").readTimeout(Duration.ofMillis(300)).maxAttempts(1).build();

      assertThatThrownBy(() -> platform.edfs().listSystems("5fb9aa98-9874-4697-b942-d19728840f19"))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(HttpTimeoutException.class);
    }
  }
}
