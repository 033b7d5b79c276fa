package io.itwincontracts.conformance;

import io.itwincontracts.conformance.internal.verify.Outcome;
import io.itwincontracts.conformance.internal.verify.Reports;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a verify run found: the failures (empty when the server keeps the contract), how many cases of each kind
 * it sent per operation, and how long it took.
 */
public final class VerificationResult {
  private final Outcome outcome;

  VerificationResult(Outcome outcome) {
    this.outcome = outcome;
  }

  /** Whether the server kept the contract in every case sent, and every case was sent. */
  public boolean conformant() {
    return outcome.conformant();
  }

  /** Every failure, in the order found. */
  public List<Failure> failures() {
    return outcome.failures();
  }

  /** Per operation, the cases sent of each kind ({@code positive}, {@code negative}, {@code auth}, {@code sequence}). */
  public Map<String, Map<String, Integer>> cases() {
    return outcome.cases();
  }

  /** Cases per operation, all kinds together. */
  public Map<String, Integer> casesPerOperation() {
    return outcome.casesPerOperation();
  }

  /** Cases not sent because the run reached its time limit. */
  public int skipped() {
    return outcome.skipped();
  }

  /** The seed: the same seed against the same server state sends the same cases. */
  public long seed() {
    return outcome.seed();
  }

  /** How long the run took. */
  public Duration elapsed() {
    return outcome.elapsed();
  }

  /** The summary table: per operation, cases of each kind and failures. */
  public String summaryTable() {
    return Reports.summary(outcome);
  }

  /**
   * Writes the report for a person ({@code .md}, {@code .html}) or for a CI system ({@code .xml}, JUnit XML).
   *
   * @throws IllegalArgumentException for any other file name extension
   */
  public void writeReport(Path file) throws IOException {
    Reports.write(outcome, file);
  }
}
