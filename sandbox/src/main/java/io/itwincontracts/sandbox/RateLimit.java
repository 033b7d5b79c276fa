package io.itwincontracts.sandbox;

import java.time.Duration;
import java.util.List;

/**
 * How many requests each bearer token may make, in sliding windows: past any of them the sandbox answers the page's
 * 429 with {@code retry-after} (the seconds until the oldest counted request leaves the window) and, for a
 * subscription tier, the {@code ITwinPlatform-RateLimited-Tier} header. The tiers are those of the iTwin
 * Platform's rate-limits page (https://developer.bentley.com/apis/overview/rate-limits).
 *
 * @param tier the subscription tier's name, or null for a limit of the test's own
 * @param windows every window that applies; a request must fit in all of them
 */
public record RateLimit(String tier, List<Window> windows) {

  /** At most {@code requests} in any {@code period}. */
  public record Window(int requests, Duration period) {
    /** Checks that the window allows something. */
    public Window {
      if (requests < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("a window allows at least 1 request in a positive period");
      }
    }
  }

  /** Copies the windows. */
  public RateLimit {
    windows = List.copyOf(windows);
  }

  /** At most {@code requests} per token in any second. */
  public static RateLimit perSecond(int requests) {
    return new RateLimit(null, List.of(new Window(requests, Duration.ofSeconds(1))));
  }

  /** At most {@code requests} per token in any {@code period}. */
  public static RateLimit of(int requests, Duration period) {
    return new RateLimit(null, List.of(new Window(requests, period)));
  }

  /** The Trial subscription: 500 requests a minute and 5,000 an hour. */
  public static RateLimit trial() {
    return new RateLimit("Trial", List.of(new Window(500, Duration.ofMinutes(1)), new Window(5000, Duration.ofHours(1))));
  }

  /** The Basic, Premium and Custom subscriptions: 5,000 requests a minute. */
  public static RateLimit basic() {
    return new RateLimit("Basic", List.of(new Window(5000, Duration.ofMinutes(1))));
  }
}
