package io.itwincontracts.benchmarks;

import java.util.Locale;

/**
 * One row of the performance table: a measured value, its baseline from the same run, their ratio and whether
 * the ratio meets the target.
 *
 * @param benchmark what is measured
 * @param value the measured figure
 * @param baseline the baseline figure, in the same unit
 * @param ratio value ÷ baseline, or the ratio the figure's method defines (the median of paired rounds' ratios)
 * @param unit the unit of both
 * @param target the target, e.g. {@code ≤ 4×}
 * @param met whether the target is met ({@code null} for an informational row)
 * @param note anything that qualifies the figure
 */
record Figure(String benchmark, double value, double baseline, double ratio, String unit, String target, Boolean met,
    String note) {
  Figure(String benchmark, double value, double baseline, String unit, String target, Boolean met, String note) {
    this(benchmark, value, baseline, value / baseline, unit, target, met, note);
  }

  static Figure atMost(String benchmark, double value, double baseline, String unit, double maxRatio, String note) {
    return new Figure(benchmark, value, baseline, unit, "≤ " + plain(maxRatio) + "×", value / baseline <= maxRatio, note);
  }

  static Figure atLeast(String benchmark, double value, double baseline, String unit, double minRatio, String note) {
    return new Figure(benchmark, value, baseline, unit, "≥ " + plain(minRatio) + "×", value / baseline >= minRatio, note);
  }

  String markdownRow() {
    String verdict = met == null ? "" : met ? "met" : "**missed**";
    return "| " + benchmark + " | " + number(value) + " " + unit + " | " + number(baseline) + " " + unit + " | "
        + String.format(Locale.ROOT, "%.2f×", ratio()) + " | " + target + " | " + verdict + " | " + note + " |";
  }

  private static String plain(double ratio) {
    return java.math.BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString();
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.3g", value);
  }
}
