package io.itwincontracts.contracttests.reliability;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How long the fuzz run's exchanges took, sender's side (the request sent to the answer read whole): the
 * distribution's tail and the slowest cases by name, so that a request held for seconds shows which case it was.
 */
record FuzzLatencies(long[] sortedNanos, List<String> slowest) {
  private static final int SLOWEST = 3;

  static FuzzLatencies of(long[] nanosByCase, IntFunction<String> caseName) {
    List<String> slowest = IntStream.range(0, nanosByCase.length).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> nanosByCase[i]).reversed()).limit(SLOWEST)
        .map(i -> String.format(Locale.ROOT, "#%d %s %.0f ms", i, caseName.apply(i), nanosByCase[i] / 1e6)).toList();
    long[] sorted = nanosByCase.clone();
    Arrays.sort(sorted);
    return new FuzzLatencies(sorted, slowest);
  }

  double millisAt(double quantile) {
    int at = Math.min(sortedNanos.length - 1, Math.max(0, (int) Math.ceil(quantile * sortedNanos.length) - 1));
    return sortedNanos[at] / 1e6;
  }

  double maxMillis() {
    return sortedNanos[sortedNanos.length - 1] / 1e6;
  }

  String describe() {
    return String.format(Locale.ROOT, "latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; slowest: %s",
        millisAt(0.5), millisAt(0.99), millisAt(0.999), maxMillis(), slowest.stream().collect(Collectors.joining(", ")));
  }
}
