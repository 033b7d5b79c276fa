package io.itwincontracts.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long a call may wait and try again; shared, immutable, and the one place the backoff is
 * computed.
 *
 * @param maxAttempts    attempts in all, the first one included
 * @param maxWait        the longest single wait; a longer retry-after is not slept on
 * @param initialBackoff the wait after the first failure when the server gave no retry-after
 */
record RetryPolicy(int maxAttempts, Duration maxWait, Duration initialBackoff) {

  /** Exponential backoff with jitter: a random wait in [d/2, d], d = initialBackoff × 2^(attempt − 1) ≤ maxWait. */
  Duration backoff(int failedAttempts) {
    long base = initialBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
    long ceiling = Math.min(Math.max(base, 0), maxWait.toMillis());
    long floor = ceiling / 2;
    return Duration.ofMillis(floor + ThreadLocalRandom.current().nextLong(ceiling - floor + 1));
  }
}
