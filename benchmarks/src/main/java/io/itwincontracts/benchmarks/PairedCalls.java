package io.itwincontracts.benchmarks;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Two ways of making the same call, timed against each other in one JVM: after a warm-up of both, rounds of a block
 * of calls of each, the order swapped every round, and the median of the rounds' ratios. The JMH figures run each
 * way in a fresh fork, and on this 2-core machine forks of the same code differ by more than the two ways do (see
 * docs/lab-notes.md); here both share one JIT state, one sandbox and the same minute of the machine's noise.
 *
 * @param warmUp how long both are called, alternately, before the warm-up looks for a steady state: then pairs of
 *     blocks until two consecutive pairs agree on both ways ({@link WarmUp#agree}), for at most as long again
 * @param rounds timed rounds (one block of each way per round)
 * @param callsPerBlock calls in one timed block
 */
record PairedCalls(Duration warmUp, int rounds, int callsPerBlock) {
  /**
   * The measured way's and the baseline's median time per call (µs), the median of the rounds' ratios, and whether
   * the warm-up reached a steady state before the rounds.
   */
  record Result(double measuredMicros, double baselineMicros, double medianRatio, boolean steady) {}

  Result compare(Callable<?> measured, Callable<?> baseline) throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < warmUp.toNanos()) {
      measured.call();
      baseline.call();
    }
    boolean steady = false;
    double[] previous = null;
    while (!steady && System.nanoTime() - start < 2 * warmUp.toNanos()) {
      double[] pair = {block(measured), block(baseline)};
      steady = previous != null && WarmUp.agree(pair[0], previous[0]) && WarmUp.agree(pair[1], previous[1]);
      previous = pair;
    }
    double[] measuredTimes = new double[rounds];
    double[] baselineTimes = new double[rounds];
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      if (round % 2 == 0) {
        measuredTimes[round] = block(measured);
        baselineTimes[round] = block(baseline);
      } else {
        baselineTimes[round] = block(baseline);
        measuredTimes[round] = block(measured);
      }
      ratios[round] = measuredTimes[round] / baselineTimes[round];
    }
    return new Result(Median.of(measuredTimes), Median.of(baselineTimes), Median.of(ratios), steady);
  }

  private double block(Callable<?> call) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < callsPerBlock; i++) {
      call.call();
    }
    return (System.nanoTime() - start) / 1e3 / callsPerBlock;
  }
}
