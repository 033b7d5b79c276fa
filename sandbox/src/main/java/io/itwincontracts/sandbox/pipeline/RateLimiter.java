package io.itwincontracts.sandbox.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A fixed one-second window per token: at most {@code perSecond} requests in each whole second. */
final class RateLimiter {
  private static final int MAX_TRACKED_TOKENS = 10_000;

  private final int perSecond;
  private final LongSupplier clockMillis;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long second, int count) {}

  RateLimiter(int perSecond, LongSupplier clockMillis) {
    this.perSecond = perSecond;
    this.clockMillis = clockMillis;
  }

  /** Counts a request; returns 0 if it is within the limit, else the whole seconds to wait (at least 1). */
  long acquire(String token) {
    long now = clockMillis.getAsLong();
    long second = now / 1000;
    if (windows.size() > MAX_TRACKED_TOKENS) {
      windows.values().removeIf(w -> w.second() < second);
    }
    Window window = windows.merge(token, new Window(second, 1),
        (old, fresh) -> old.second() == second ? new Window(second, old.count() + 1) : fresh);
    if (window.count() <= perSecond) {
      return 0;
    }
    long waitMillis = (second + 1) * 1000 - now;
    return Math.max(1, (waitMillis + 999) / 1000);
  }
}
