package io.itwincontracts.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the sandbox answers instead of the operation, so that a test can drive its own retry, timeout and error
 * handling: {@code sandbox.inject(Fault.tooManyRequests(Duration.ofSeconds(2)).on("listSystems"))}. A fault applies
 * to the next {@link #times} matching requests (1 unless said otherwise), or to a seeded {@link #fraction} of them;
 * it never changes the sandbox's data (the request is not carried out, except after a {@link #delay}).
 *
 * @param kind what the sandbox answers
 * @param operationId the operation it applies to, or null for every operation
 * @param times how many matching requests it applies to
 * @param fraction the share of matching requests it applies to (1 for all), drawn with {@code seed}
 * @param seed the random seed of {@code fraction}, so that a run repeats
 * @param duration the retry-after of a 429 or 503, or the length of a delay
 * @param httpDate whether the retry-after is written as an HTTP-date instead of seconds
 */
public record Fault(Kind kind, String operationId, int times, double fraction, long seed, Duration duration,
    boolean httpDate) {

  /** What a faulty answer is. */
  public enum Kind {
    /** 429 with the API's documented error body and {@code retry-after}. */
    TOO_MANY_REQUESTS,
    /** 503 with an error body, and {@code retry-after} when a wait is given. */
    SERVICE_UNAVAILABLE,
    /** The operation is carried out after a wait (for read timeouts). */
    DELAY,
    /** A 200 whose body stops half way and whose connection is closed. */
    DROP_MID_BODY,
    /** A 502 with an HTML page, as a gateway in front of the API would send. */
    NON_JSON_BODY,
    /** 401: the bearer token is refused as expired. */
    EXPIRED_TOKEN
  }

  /** Validates the settings; use the factories and the {@code on/times/always/fraction} methods instead. */
  public Fault {
    Objects.requireNonNull(kind, "kind");
    if (times < 1) {
      throw new IllegalArgumentException("a fault applies to at least 1 request, not " + times);
    }
    if (fraction <= 0 || fraction > 1) {
      throw new IllegalArgumentException("the fraction must be in (0, 1], not " + fraction);
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the duration must not be negative: " + duration);
    }
  }

  /** 429 with {@code retry-after} in whole seconds (rounded up). */
  public static Fault tooManyRequests(Duration retryAfter) {
    return of(Kind.TOO_MANY_REQUESTS, retryAfter);
  }

  /** 503, with {@code retry-after} when {@code retryAfter} is not zero. */
  public static Fault serviceUnavailable(Duration retryAfter) {
    return of(Kind.SERVICE_UNAVAILABLE, retryAfter);
  }

  /** The operation, carried out after {@code delay}. */
  public static Fault delay(Duration delay) {
    return of(Kind.DELAY, delay);
  }

  /** A 200 cut off half way through its body, the connection closed. */
  public static Fault dropMidBody() {
    return of(Kind.DROP_MID_BODY, Duration.ZERO);
  }

  /** A 502 with an HTML body. */
  public static Fault nonJsonBody() {
    return of(Kind.NON_JSON_BODY, Duration.ZERO);
  }

  /** 401, the token refused as expired. */
  public static Fault expiredToken() {
    return of(Kind.EXPIRED_TOKEN, Duration.ZERO);
  }

  /** Only for this operation ({@code createSystem}, ...). */
  public Fault on(String operation) {
    return new Fault(kind, Objects.requireNonNull(operation, "operation"), times, fraction, seed, duration, httpDate);
  }

  /** For the next {@code count} matching requests. */
  public Fault times(int count) {
    return new Fault(kind, operationId, count, fraction, seed, duration, httpDate);
  }

  /** For every matching request, until {@link Sandbox#clearFaults()} or {@link Sandbox#reset()}. */
  public Fault always() {
    return times(Integer.MAX_VALUE);
  }

  /** For about {@code share} of the matching requests, drawn from {@code randomSeed} (so a run repeats). */
  public Fault fraction(double share, long randomSeed) {
    return new Fault(kind, operationId, times == 1 ? Integer.MAX_VALUE : times, share, randomSeed, duration, httpDate);
  }

  /** The retry-after written as an HTTP-date (now plus the wait) instead of seconds. */
  public Fault asHttpDate() {
    return new Fault(kind, operationId, times, fraction, seed, duration, true);
  }

  private static Fault of(Kind kind, Duration duration) {
    return new Fault(kind, null, 1, 1.0, 0, Objects.requireNonNull(duration, "duration"), false);
  }
}
