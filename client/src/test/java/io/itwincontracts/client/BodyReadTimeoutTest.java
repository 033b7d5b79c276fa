package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.Replies;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The read timeout bounds the body too, not only the wait for the status line (found by the reliability suite). */
class BodyReadTimeoutTest {
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";

  @Test
  @Timeout(10)
  void serverThatStallsMidBodyEndsTheCallAtTheReadTimeout() {
    try (LoopbackServer server = LoopbackServer.answering(Replies.stallMidBody())) {
      ITwinPlatform platform = platform(server, Duration.ofMillis(300));

      long start = System.nanoTime();
      assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(HttpTimeoutException.class)
          .hasMessageContaining("response body not received within the read timeout (300 ms)");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
      assertThat(Thread.interrupted()).as("the caller's interrupt status after the timeout").isFalse();
    }
  }

  @Test
  @Timeout(10)
  void callerInterruptedByItsOwnCodeKeepsItsInterrupt() {
    ScheduledExecutorService interrupter = Executors.newSingleThreadScheduledExecutor();
    try (LoopbackServer server = LoopbackServer.answering(Replies.stallMidBody())) {
      ITwinPlatform platform = platform(server, Duration.ofSeconds(30));
      Thread caller = Thread.currentThread();
      interrupter.schedule(caller::interrupt, 300, TimeUnit.MILLISECONDS);

      assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(InterruptedIOException.class);
      assertThat(Thread.interrupted()).as("the caller's interrupt status after its own interrupt").isTrue();
    } finally {
      interrupter.shutdownNow();
    }
  }

  private static ITwinPlatform platform(LoopbackServer server, Duration readTimeout) {
    return ITwinPlatform.builder().baseUrl(server.baseUrl())
        .tokenSupplier(() -> "t").readTimeout(readTimeout).maxAttempts(1).build();
  }
}
