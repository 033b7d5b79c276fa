package io.itwincontracts.benchmarks;

import java.time.Duration;

/**
 * How long and how big a performance run is: the full run of the README's Performance section, or the CI smoke
 * that runs every benchmark once, briefly, to keep them compiling and working (a few seconds each).
 *
 * @param smoke whether this is the smoke
 * @param forks JMH forks (0 runs in this JVM)
 * @param warmupIterations JMH warm-up iterations
 * @param callWarmupIterations JMH warm-up iterations of the benchmarks that call a server over HTTP: the client,
 *     Jersey, Jetty and the validator are compiled by C2 over 10–15 s on two cores, and a call measured after 5 s
 *     still ran 2–4× slower than at steady state (each benchmark method is a fresh fork)
 * @param iterations JMH measured iterations
 * @param iterationTime JMH iteration time (warm-up and measured)
 * @param loadWarmUp load run warm-up, not counted: until two consecutive windows agree
 * @param loadDuration load run measured window
 * @param loadConnections the connection counts to run
 * @param heapPayloadBytes size of the listSystems response of the memory figure
 * @param buildRuns timed runs of each Maven command; 0 skips the build figure
 * @param peerRounds rounds of the peer comparison (each server once per round)
 * @param firstWindow the peer comparison's first window after the first 200
 * @param peerWarmUp load before a peer comparison's warm figures (GET, PUT) are measured: until steady
 * @param peerMeasured the measured window of a warm figure
 * @param startRuns runs of each start measurement (embedded and CLI), for their median
 * @param paired the same-JVM comparison of two ways of making a call (client vs bare, checks STRICT vs OFF)
 */
record RunSettings(boolean smoke, int forks, int warmupIterations, int callWarmupIterations, int iterations, Duration iterationTime,
    WarmUp loadWarmUp, Duration loadDuration, int[] loadConnections, long heapPayloadBytes, int buildRuns,
    int peerRounds, Duration firstWindow, WarmUp peerWarmUp, Duration peerMeasured, int startRuns, PairedCalls paired) {
  static final long FIFTY_MB = 50L * 1024 * 1024;

  /** Two consecutive 2 s windows within 5 %, after at least 5 s, for at most 60 s. */
  private static final WarmUp STEADY = WarmUp.steady(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(60));

  static RunSettings fullRun() {
    return new RunSettings(false, 1, 5, 20, 5, Duration.ofSeconds(1), STEADY, Duration.ofSeconds(20),
        new int[] {16, 64}, FIFTY_MB, 3,
        2, Duration.ofSeconds(10), STEADY, Duration.ofSeconds(10), 5,
        new PairedCalls(Duration.ofSeconds(20), 30, 200));
  }

  static RunSettings smokeRun() {
    WarmUp brief = WarmUp.steady(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(600));
    return new RunSettings(true, 0, 0, 0, 1, Duration.ofMillis(50), brief, Duration.ofMillis(500),
        new int[] {4}, 2L * 1024 * 1024, 0,
        1, Duration.ofMillis(500), brief, Duration.ofMillis(250), 1,
        new PairedCalls(Duration.ofMillis(200), 3, 5));
  }
}
