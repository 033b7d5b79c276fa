package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.RetryPolicy.Decision;
import io.itwincontracts.client.RetryPolicy.Failure;
import io.itwincontracts.client.RetryPolicy.GiveUp;
import io.itwincontracts.client.RetryPolicy.Refused;
import io.itwincontracts.client.RetryPolicy.Retry;
import io.itwincontracts.client.RetryPolicy.TransportFailed;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RetryPolicy} as a table, with the client's defaults (3 attempts, 60 s longest wait, 500 ms first
 * backoff): what the attempt ended with, its retry-after, method, attempt number, time since the call started and
 * the jitter drawn, then the decision. Nothing sleeps; the retry-after dates are read at a fixed clock.
 */
class RetryPolicyTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} retry-after [{1}] {2} attempt {3} -> {6} {7}")
  @CsvSource(delimiter = '|', textBlock = """
      # failure | retry-after                   | method | attempt | elapsed ms | jitter | decision                         | message
      # 429 and 503 wait exactly the server's retry-after, in seconds or as an HTTP-date, whatever the method
        429     | 1                             | GET    | 1       | 5          | 0.5    | retry 1000                       |
        429     | 1                             | POST   | 1       | 5          | 0.5    | retry 1000                       |
        429     | 0                             | GET    | 2       | 40         | 0.5    | retry 0                          |
        503     | 2                             | PUT    | 1       | 5          | 0.5    | retry 2000                       |
        429     | 60                            | GET    | 1       | 5          | 0.5    | retry 60000                      |
        429     | Mon, 23 Nov 2026 10:00:30 GMT | GET    | 1       | 5          | 0.5    | retry 30000                      |
        429     | Mon, 23 Nov 2026 09:59:00 GMT | GET    | 1       | 5          | 0.5    | retry 0                          |
      # a retry-after past maxRetryWait is not waited for: thrown at once, carrying it
        429     | 61                            | GET    | 1       | 5          | 0.5    | throw RateLimitedException       |
        429     | 120                           | POST   | 1       | 5          | 0.5    | throw RateLimitedException       |
        429     | Mon, 23 Nov 2026 10:05:00 GMT | GET    | 1       | 5          | 0.5    | throw RateLimitedException       |
        429     | 99999999999999999999999999    | GET    | 1       | 5          | 0.5    | throw RateLimitedException       |
        503     | 3600                          | GET    | 1       | 5          | 0.5    | throw ITwinApiException          |
      # no usable retry-after: exponential backoff, a wait in [d/2, d], d = 500 ms x 2^(attempt - 1)
        503     |                               | GET    | 1       | 5          | 0      | retry 250                        |
        503     |                               | GET    | 1       | 5          | 1      | retry 500                        |
        429     |                               | POST   | 2       | 600        | 0      | retry 500                        |
        429     |                               | GET    | 2       | 600        | 1      | retry 1000                       |
        429     | soon                          | GET    | 1       | 5          | 0.5    | retry 375                        |
        429     | -5                            | GET    | 1       | 5          | 1      | retry 500                        |
      # attempts used up: the last answer is thrown
        429     | 1                             | GET    | 3       | 2000       | 0.5    | throw RateLimitedException       |
        503     |                               | GET    | 3       | 2000       | 0.5    | throw ITwinApiException          |
      # other statuses are never retried
        500     |                               | GET    | 1       | 5          | 0.5    | throw ITwinApiException          |
        502     |                               | PUT    | 1       | 5          | 0.5    | throw ITwinApiException          |
        401     |                               | GET    | 1       | 5          | 0.5    | throw UnauthorizedException      |
        403     |                               | POST   | 1       | 5          | 0.5    | throw ForbiddenException         |
        404     |                               | GET    | 1       | 5          | 0.5    | throw NotFoundException          |
        409     |                               | POST   | 1       | 5          | 0.5    | throw ConflictException          |
        422     |                               | PUT    | 1       | 5          | 0.5    | throw UnprocessableEntityException |
      # I/O failure: idempotent methods back off and retry, a POST or PATCH is never resent
        io      |                               | GET    | 1       | 5          | 0      | retry 250                        |
        io      |                               | HEAD   | 1       | 5          | 1      | retry 500                        |
        io      |                               | PUT    | 2       | 700        | 1      | retry 1000                       |
        io      |                               | DELETE | 1       | 5          | 0.5    | retry 375                        |
        io      |                               | GET    | 3       | 2000       | 0.5    | throw UncheckedIOException       | GET failed after 3 attempt(s) in 2000 ms
        io      |                               | PUT    | 3       | 1500       | 0.5    | throw UncheckedIOException       | PUT failed after 3 attempt(s) in 1500 ms
        io      |                               | POST   | 1       | 5          | 0.5    | throw UncheckedIOException       | was not resent
        io      |                               | PATCH  | 1       | 5          | 0.5    | throw UncheckedIOException       | was not resent
      """)
  void decides(String failure, String retryAfter, String method, int attempt, long elapsedMillis, double jitter,
      String decision, String message) {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(500), () -> jitter);
    Failure input = failure.equals("io") ? new TransportFailed(new IOException("connection reset"))
        : Refused.by(error(Integer.parseInt(failure), RetryAfter.parse(retryAfter, NOW).orElse(null)));

    Decision made = policy.decide(input, method, attempt, Duration.ofMillis(elapsedMillis));

    if (decision.startsWith("retry ")) {
      assertThat(made).isEqualTo(new Retry(Duration.ofMillis(Long.parseLong(decision.substring(6)))));
    } else {
      assertThat(made).isInstanceOf(GiveUp.class);
      RuntimeException thrown = ((GiveUp) made).error();
      assertThat(thrown.getClass().getSimpleName()).isEqualTo(decision.substring("throw ".length()));
      if (input instanceof Refused refused) {
        assertThat(thrown).as("the server's answer, retry-after included").isSameAs(refused.error());
      } else {
        assertThat(thrown).hasMessageContaining(message).hasCauseInstanceOf(IOException.class);
      }
    }
  }

  @Test
  void backoffNeverExceedsMaxRetryWait() {
    RetryPolicy policy = new RetryPolicy(20, Duration.ofSeconds(60), Duration.ofMillis(500), () -> 1);

    assertThat(policy.decide(new TransportFailed(new IOException("x")), "GET", 10, Duration.ZERO))
        .isEqualTo(new Retry(Duration.ofSeconds(60)));
    assertThat(policy.decide(new TransportFailed(new IOException("x")), "GET", 19, Duration.ZERO))
        .isEqualTo(new Retry(Duration.ofSeconds(60)));
  }

  static ITwinApiException error(int status, Duration retryAfter) {
    return ITwinErrorDecoder.typed(new ErrorReport(status, null, "refused", null, List.of(), retryAfter, null));
  }
}
