package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Feign adapter only asks the policy and sleeps through the seam: time is a fake clock, waits are recorded. */
class RetryAfterRetryerTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final List<Duration> slept = new ArrayList<>();
  private final Retryer template = new RetryAfterRetryer(
      new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(500), () -> 1), nanos::get, wait -> {
        slept.add(wait);
        nanos.addAndGet(wait.toNanos());
      });

  @Test
  void sleepsWhatThePolicyAsksThenThrowsTheLastAnswer() {
    Retryer call = template.clone();
    ITwinApiException limited = RetryPolicyTest.error(429, Duration.ofSeconds(2));

    call.continueOrPropagate(refused(limited));
    call.continueOrPropagate(refused(limited));

    assertThatThrownBy(() -> call.continueOrPropagate(refused(limited))).isSameAs(limited);
    assertThat(slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void eachCallCountsItsOwnAttemptsAndTime() {
    Retryer first = template.clone();
    first.continueOrPropagate(ioFailure(Request.HttpMethod.GET));
    nanos.addAndGet(Duration.ofMillis(250).toNanos());
    Retryer second = template.clone();
    nanos.addAndGet(Duration.ofMillis(40).toNanos());
    second.continueOrPropagate(ioFailure(Request.HttpMethod.GET));
    second.continueOrPropagate(ioFailure(Request.HttpMethod.GET));

    assertThatThrownBy(() -> second.continueOrPropagate(ioFailure(Request.HttpMethod.GET)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("GET failed after 3 attempt(s) in 1540 ms");
    assertThatThrownBy(() -> template.clone().continueOrPropagate(ioFailure(Request.HttpMethod.POST)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("was not resent");
    assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  private static Request request(Request.HttpMethod method) {
    return Request.create(method, "http://127.0.0.1/edfs", Map.of(), new byte[0], StandardCharsets.UTF_8, null);
  }

  private static RetryableException refused(ITwinApiException error) {
    Request request = request(Request.HttpMethod.GET);
    return new RetryableException(error.status(), error.getMessage(), request.httpMethod(), error, (Long) null, request);
  }

  private static RetryableException ioFailure(Request.HttpMethod method) {
    Request request = request(method);
    return new RetryableException(-1, "reset", method, new IOException("reset"), (Long) null, request);
  }
}
