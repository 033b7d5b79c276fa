package io.itwincontracts.benchmarks;

/**
 * What a load run measured.
 *
 * @param requests responses with the expected status received in the measured window
 * @param unexpected responses with another status than the request should get, plus I/O errors (not throughput)
 * @param seconds the measured window
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param warmUpSeconds how long the run went before its measured window opened
 * @param warm what the warm-up reached (steady or not)
 */
record LoadResult(long requests, long unexpected, double seconds, double p50Millis, double p99Millis,
    double warmUpSeconds, WarmUp.Outcome warm) {
  double throughput() {
    return requests / seconds;
  }
}
