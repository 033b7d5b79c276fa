package io.itwincontracts.conformance.internal.proxy;

import io.itwincontracts.validator.coverage.ApiCoverage;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import io.itwincontracts.runtime.internal.ErrorCode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per operation: exchanges seen, and those whose request or response broke the contract; and their API coverage
 * (status and error code of each). Thread-safe.
 */
public final class ProxySummary {
  static final String NO_OPERATION = "(no operation)";

  private final Map<String, int[]> counts = new TreeMap<>();
  private final CoverageRecorder coverage = new CoverageRecorder("proxy");

  /** The API coverage of the exchanges so far. */
  public ApiCoverage coverage() {
    return coverage.snapshot();
  }

  void covered(String operation, int status, byte[] answered) {
    coverage.record(operation, status,
        status < 400 ? null : ErrorCode.of(answered, Math.min(answered.length, ErrorCode.BYTES_NEEDED)), false, null);
  }

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
