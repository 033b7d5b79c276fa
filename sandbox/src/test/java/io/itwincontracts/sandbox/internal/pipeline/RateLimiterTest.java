package io.itwincontracts.sandbox.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.sandbox.RateLimit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sliding windows, on a clock the test moves: requests at given times, and the retry-after each one gets. */
class RateLimiterTest {
  private final AtomicLong now = new AtomicLong();

  @ParameterizedTest(name = "3/s, requests at {0} ms -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0 0 0          | 0 0 0
      0 0 0 0        | 0 0 0 1
      0 0 0 999      | 0 0 0 1
      0 0 0 1000     | 0 0 0 0
      900 900 900 1000 | 0 0 0 1
      900 900 900 1000 1899 1900 | 0 0 0 1 1 0
      0 400 800 1000 1300 1400 | 0 0 0 0 1 0
      """)
  void aRequestFitsWhenFewerThanTheLimitArrivedInTheLastSecond(String times, String expected) {
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(3), now::get);
    StringBuilder waits = new StringBuilder();
    for (String time : times.split(" ")) {
      now.set(Long.parseLong(time));
      waits.append(waits.isEmpty() ? "" : " ").append(limiter.acquire("token"));
    }
    assertThat(waits).hasToString(expected);
  }

  @Test
  void theTrialTierAlsoCapsTheHour() {
    RateLimiter limiter = new RateLimiter(RateLimit.trial(), now::get);
    for (int minute = 0; minute < 10; minute++) {
      now.set(Duration.ofMinutes(minute).toMillis());
      for (int i = 0; i < 500; i++) {
        assertThat(limiter.acquire("token")).as("minute %d request %d", minute, i).isZero();
      }
      // the minute window says 60 s; in the tenth minute the hour is full too, and waits for the first minute
      long expected = minute < 9 ? 60 : Duration.ofMinutes(51).toSeconds();
      assertThat(limiter.acquire("token")).as("501st of minute %d", minute).isEqualTo(expected);
    }
    now.set(Duration.ofMinutes(10).toMillis());
    // 5,000 in the hour: the next one waits until the first minute's requests leave the hour
    assertThat(limiter.acquire("token")).isEqualTo(Duration.ofMinutes(50).toSeconds());
    assertThat(limiter.tier()).isEqualTo("Trial");
  }

  @Test
  void theBasicTierAllows5000AMinuteAndHasNoHourlyCap() {
    RateLimiter limiter = new RateLimiter(RateLimit.basic(), now::get);
    // three minutes of 5,000: three times what the Trial tier allows in an hour
    for (int minute = 0; minute < 3; minute++) {
      now.set(Duration.ofMinutes(minute).toMillis());
      int refused = 0;
      for (int i = 0; i < 5000; i++) {
        refused += limiter.acquire("token") == 0 ? 0 : 1;
      }
      assertThat(refused).as("refused of the first 5,000 in minute %d", minute).isZero();
      assertThat(limiter.acquire("token")).as("5,001st of minute %d", minute).isEqualTo(60);
    }
    assertThat(limiter.acquire("another token")).as("another token's own window").isZero();
    assertThat(limiter.tier()).isEqualTo("Basic");
  }

  @Test
  void tokensHaveTheirOwnWindowsAndClearEmptiesThem() {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, Duration.ofMinutes(1)), now::get);

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("b")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(60);
    limiter.clear();
    assertThat(limiter.acquire("a")).isZero();
  }
}
