package io.itwincontracts.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a verify run found: the failures (empty when the server keeps the contract), how many cases of each kind
 * it sent per operation, and how long it took.
 */
public final class VerificationResult {
  private final long seed;
  private final List<Failure> failures;
  private final Map<String, Map<String, Integer>> cases;
  private final int skipped;
  private final Duration elapsed;

  VerificationResult(long seed, List<Failure> failures, Map<String, Map<String, Integer>> cases, int skipped,
      Duration elapsed) {
    this.seed = seed;
    this.failures = List.copyOf(failures);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    cases.forEach((operation, kinds) -> copy.put(operation, Map.copyOf(kinds)));
    this.cases = java.util.Collections.unmodifiableMap(copy);
    this.skipped = skipped;
    this.elapsed = elapsed;
  }

  /** Whether the server kept the contract in every case sent, and every case was sent. */
  public boolean conformant() {
    return failures.isEmpty() && skipped == 0;
  }

  /** Every failure, in the order found. */
  public List<Failure> failures() {
    return failures;
  }

  /** Per operation, the cases sent of each kind ({@code positive}, {@code negative}, {@code auth}, {@code sequence}). */
  public Map<String, Map<String, Integer>> cases() {
    return cases;
  }

  /** Cases per operation, all kinds together. */
  public Map<String, Integer> casesPerOperation() {
    Map<String, Integer> totals = new LinkedHashMap<>();
    cases.forEach((operation, kinds) -> totals.put(operation, kinds.values().stream().mapToInt(Integer::intValue).sum()));
    return totals;
  }

  /** Cases not sent because the run reached its time limit. */
  public int skipped() {
    return skipped;
  }

  /** The seed: the same seed against the same server state sends the same cases. */
  public long seed() {
    return seed;
  }

  public Duration elapsed() {
    return elapsed;
  }

  /** The summary table: per operation, cases of each kind and failures. */
  public String summaryTable() {
    return Reports.summary(this);
  }

  /**
   * Writes the report for a person ({@code .md}, {@code .html}) or for a CI system ({@code .xml}, JUnit XML).
   *
   * @throws IllegalArgumentException for any other file name extension
   */
  public void writeReport(Path file) throws IOException {
    Reports.write(this, file);
  }
}
