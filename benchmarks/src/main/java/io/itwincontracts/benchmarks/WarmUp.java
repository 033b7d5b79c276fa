package io.itwincontracts.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How a load run gets ready to measure: not at all (what a server does in its first seconds is the figure), or
 * until it is at a steady state it can show: after {@code least}, consecutive windows of {@code window} until two
 * agree ({@link #agree}: their rates of answered requests within 5 %), for at most {@code most}. A run that did
 * not settle says so in its result instead of passing for a steady figure.
 *
 * @param least warm-up before the first window
 * @param window length of one comparison window
 * @param most the longest warm-up, windows included
 */
record WarmUp(Duration least, Duration window, Duration most) {
  /** The largest relative difference of two consecutive windows that counts as steady. */
  static final double TOLERANCE = 0.05;

  /** Measure at once. */
  static WarmUp none() {
    return new WarmUp(Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** Until two consecutive windows agree, at most {@code most}. */
  static WarmUp steady(Duration least, Duration window, Duration most) {
    return new WarmUp(least, window, most);
  }

  /**
   * Whether two consecutive measurements of the same thing agree: the steady-state rule of every warm phase. Nothing
   * measured (a server that answered nothing as expected) never agrees.
   */
  static boolean agree(double now, double before) {
    return before > 0 && Math.abs(now - before) <= TOLERANCE * before;
  }

  /**
   * What the warm-up reached.
   *
   * @param steady whether two consecutive windows agreed (always true for {@link #none()}: nothing was asked)
   * @param windows the comparison windows run
   * @param change the last two windows' relative difference (NaN with fewer than two)
   */
  record Outcome(boolean steady, int windows, double change) {
    String describe() {
      if (windows == 0) {
        return "no warm-up";
      }
      return String.format(Locale.ROOT, "%s after %d windows (last two %+.1f %%)", steady ? "steady" : "NOT steady",
          windows, change * 100);
    }
  }

  /** The rule in words, for the report. */
  String describe() {
    if (window.isZero()) {
      return least.isZero() ? "no warm-up" : least.toMillis() + " ms warm-up";
    }
    return String.format(Locale.ROOT, "warm-up until two consecutive %d ms windows agree within %.0f %% (at least %d ms,"
        + " at most %d s)", window.toMillis(), TOLERANCE * 100, least.toMillis(), most.toSeconds());
  }

  /** Waits until the server is ready by this warm-up's rule, reading the count of answered requests. */
  Outcome await(LongSupplier answered) throws InterruptedException {
    if (window.isZero()) {
      Thread.sleep(least.toMillis());
      return new Outcome(true, 0, Double.NaN);
    }
    long start = System.nanoTime();
    Thread.sleep(least.toMillis());
    double previous = Double.NaN;
    int windows = 0;
    while (true) {
      long before = answered.getAsLong();
      long from = System.nanoTime();
      Thread.sleep(window.toMillis());
      double rate = (answered.getAsLong() - before) / ((System.nanoTime() - from) / 1e9);
      windows++;
      double change = (rate - previous) / previous;
      if (!Double.isNaN(previous) && agree(rate, previous)) {
        return new Outcome(true, windows, change);
      }
      if (System.nanoTime() - start >= most.toNanos()) {
        return new Outcome(false, windows, change);
      }
      previous = rate;
    }
  }
}
