package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.RateLimit;
import io.itwincontracts.sandbox.RateLimit.Window;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Sliding windows per token: a request is let through when it fits in every window of the {@link RateLimit}, and
 * then counted in all of them. A refused request is not counted, so a client that waits the retry-after it was
 * given gets through. (A fixed window let twice the limit through across a window boundary.)
 */
final class RateLimiter {
  private static final int MAX_TRACKED_TOKENS = 10_000;

  private final RateLimit limit;
  private final LongSupplier clockMillis;
  private final Map<String, Deque<Long>> arrivals = new ConcurrentHashMap<>();
  private final long longestPeriodMillis;

  RateLimiter(RateLimit limit, LongSupplier clockMillis) {
    this.limit = limit;
    this.clockMillis = clockMillis;
    this.longestPeriodMillis = limit.windows().stream().mapToLong(w -> w.period().toMillis()).max().orElse(0);
  }

  /** The subscription tier the limit stands for, or null. */
  String tier() {
    return limit.tier();
  }

  /** Counts a request; returns 0 if it fits, else the whole seconds until it would (at least 1). */
  long acquire(String token) {
    long now = clockMillis.getAsLong();
    if (arrivals.size() > MAX_TRACKED_TOKENS) {
      arrivals.values().removeIf(times -> isIdle(times, now - longestPeriodMillis));
    }
    Deque<Long> times = arrivals.computeIfAbsent(token, t -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() <= now - longestPeriodMillis) {
        times.pollFirst();
      }
      long waitMillis = 0;
      for (Window window : limit.windows()) {
        waitMillis = Math.max(waitMillis, waitFor(times, window, now));
      }
      if (waitMillis > 0) {
        return Math.max(1, (waitMillis + 999) / 1000);
      }
      times.addLast(now);
      return 0;
    }
  }

  /** Forgets every token's requests (a reset sandbox starts with full windows). */
  void clear() {
    arrivals.clear();
  }

  private static boolean isIdle(Deque<Long> times, long since) {
    synchronized (times) {
      return times.isEmpty() || times.peekLast() <= since;
    }
  }

  /** How long until one more request fits in {@code window}: 0 when it fits now. */
  private static long waitFor(Deque<Long> times, Window window, long now) {
    long start = now - window.period().toMillis();
    int inWindow = 0;
    long oldestThatMustLeave = 0;
    var descending = times.descendingIterator();
    while (descending.hasNext()) {
      long time = descending.next();
      if (time <= start) {
        break;
      }
      inWindow++;
      if (inWindow == window.requests()) {
        oldestThatMustLeave = time;
      }
    }
    return inWindow < window.requests() ? 0 : oldestThatMustLeave + window.period().toMillis() - now;
  }
}
