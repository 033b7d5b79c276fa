package io.itwincontracts.conformance.internal.proxy;

import java.util.Map;
import java.util.TreeMap;

/** Per operation: exchanges seen, and those whose request or response broke the contract. Thread-safe. */
public final class ProxySummary {
  static final String NO_OPERATION = "(no operation)";

  private final Map<String, int[]> counts = new TreeMap<>();

  synchronized void count(String operation, boolean requestBroken, boolean responseBroken) {
    int[] row = counts.computeIfAbsent(operation, k -> new int[3]);
    row[0]++;
    row[1] += requestBroken ? 1 : 0;
    row[2] += responseBroken ? 1 : 0;
  }

  /** The exchanges counted so far. */
  public synchronized int exchanges() {
    return counts.values().stream().mapToInt(row -> row[0]).sum();
  }

  /** The table: a row per operation, then the totals. */
  public synchronized String table() {
    StringBuilder text = new StringBuilder(String.format("%-28s%10s%18s%19s%n", "operation", "exchanges",
        "request broken", "response broken"));
    int[] total = new int[3];
    counts.forEach((operation, row) -> {
      text.append(String.format("%-28s%10d%18d%19d%n", operation, row[0], row[1], row[2]));
      for (int i = 0; i < 3; i++) {
        total[i] += row[i];
      }
    });
    return text.append(String.format("%-28s%10d%18d%19d%n", "total", total[0], total[1], total[2])).toString();
  }
}
