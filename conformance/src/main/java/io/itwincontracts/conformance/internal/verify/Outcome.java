package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.Failure;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a verify run found, as the reports read it; {@code VerificationResult} is its public face.
 *
 * @param seed the run's seed
 * @param failures every failure, in the order found
 * @param cases per operation (in the order run), the cases sent of each kind ({@code positive}, {@code negative},
 *     {@code auth}, {@code sequence})
 * @param skipped the cases not sent because the run reached its time limit
 * @param elapsed how long the run took
 */
public record Outcome(long seed, List<Failure> failures, Map<String, Map<String, Integer>> cases, int skipped,
    Duration elapsed) {

  /** Copies what the run still holds: an outcome does not change once returned. */
  public Outcome {
    failures = List.copyOf(failures);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    cases.forEach((operation, kinds) -> copy.put(operation, Map.copyOf(kinds)));
    cases = Collections.unmodifiableMap(copy);
  }

  /** Whether the server kept the contract in every case sent, and every case was sent. */
  public boolean conformant() {
    return failures.isEmpty() && skipped == 0;
  }

  /** Cases per operation, all kinds together. */
  public Map<String, Integer> casesPerOperation() {
    Map<String, Integer> totals = new LinkedHashMap<>();
    cases.forEach((operation, kinds) -> totals.put(operation, kinds.values().stream().mapToInt(Integer::intValue).sum()));
    return totals;
  }
}
