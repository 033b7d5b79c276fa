package io.itwincontracts.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Every rule about trying a call again, as one pure function ({@link #decide}): how the last attempt failed, the
 * method, the attempt number and the time since the call started in; "wait this long, then try again" or "give
 * up, throwing this" out. It reads no clock, sleeps nowhere and draws no randomness of its own (the jitter is a
 * parameter), so a table of cases pins it down (RetryPolicyTest); {@link RetryAfterRetryer} only asks it and sleeps.
 *
 * <p>The rules, as the README's "Use the client" states them: a 429 or 503 is retried after the server's
 * {@code retry-after}, or after an exponential backoff with jitter when there is none; a {@code retry-after}
 * longer than {@code maxWait} is not waited for, the error is thrown at once and carries it; any other error
 * status is thrown at once. After an I/O failure an idempotent method is retried after a backoff, but a POST (or
 * PATCH) never is: the server may already have acted on it. {@code maxAttempts} attempts in all, then the last
 * failure is thrown.
 *
 * @param maxAttempts    attempts in all, the first one included
 * @param maxWait        the longest single wait; a longer retry-after is not slept on
 * @param initialBackoff the wait after the first failure when the server gave no retry-after
 * @param jitter         where in [d/2, d] each backoff falls: a fraction from 0 to 1, random outside tests
 */
record RetryPolicy(int maxAttempts, Duration maxWait, Duration initialBackoff, DoubleSupplier jitter) {
  /** Methods the HTTP semantics (RFC 9110 9.2.2) allow to be sent again after a failure. */
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  RetryPolicy(int maxAttempts, Duration maxWait, Duration initialBackoff) {
    this(maxAttempts, maxWait, initialBackoff, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** How an attempt failed. */
  sealed interface Failure permits Refused, TransportFailed {}

  /** The server answered an error status; {@code retryAfter} is its {@code retry-after}, already parsed. */
  record Refused(int status, Optional<Duration> retryAfter, ITwinApiException error) implements Failure {
    static Refused by(ITwinApiException error) {
      return new Refused(error.status(), error.retryAfter(), error);
    }
  }

  /** No complete answer: the connection failed, closed early or timed out. */
  record TransportFailed(IOException cause) implements Failure {}

  /** What to do after a failed attempt. */
  sealed interface Decision permits Retry, GiveUp {}

  /** Wait, then send again. */
  record Retry(Duration after) implements Decision {}

  /** Stop, and throw {@code error} to the caller. */
  record GiveUp(RuntimeException error) implements Decision {}

  /**
   * The decision after attempt number {@code attempt} (1 for the first) of a {@code method} call failed with
   * {@code failure}, {@code elapsed} after the call started.
   */
  Decision decide(Failure failure, String method, int attempt, Duration elapsed) {
    if (failure instanceof Refused refused) {
      boolean retryable = refused.status() == 429 || refused.status() == 503;
      boolean waitTooLong = refused.retryAfter().filter(wait -> wait.compareTo(maxWait) > 0).isPresent();
      if (!retryable || waitTooLong || attempt >= maxAttempts) {
        return giveUp(failure, method, attempt, elapsed);
      }
      return new Retry(refused.retryAfter().orElseGet(() -> backoff(attempt)));
    }
    if (!IDEMPOTENT.contains(method) || attempt >= maxAttempts) {
      return giveUp(failure, method, attempt, elapsed);
    }
    return new Retry(backoff(attempt));
  }

  /** What the caller gets when the call stops after {@code failure}, whatever the reason (the retryer's too). */
  GiveUp giveUp(Failure failure, String method, int attempt, Duration elapsed) {
    if (failure instanceof Refused refused) {
      return new GiveUp(refused.error());
    }
    IOException cause = ((TransportFailed) failure).cause();
    String outcome = IDEMPOTENT.contains(method)
        ? "after " + attempt + " attempt(s) in " + elapsed.toMillis() + " ms"
        : "and was not resent: the server may have processed the " + method;
    return new GiveUp(new UncheckedIOException(method + " failed " + outcome + ": " + cause.getMessage(), cause));
  }

  /** Exponential backoff with jitter: a wait in [d/2, d], d = initialBackoff × 2^(attempt − 1) ≤ maxWait. */
  private Duration backoff(int failedAttempts) {
    long base = initialBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
    long ceiling = Math.min(Math.max(base, 0), maxWait.toMillis());
    long floor = ceiling / 2;
    double fraction = Math.min(Math.max(jitter.getAsDouble(), 0), 1);
    return Duration.ofMillis(floor + Math.round(fraction * (ceiling - floor)));
  }
}
