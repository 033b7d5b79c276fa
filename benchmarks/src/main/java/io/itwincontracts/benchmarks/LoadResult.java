package io.itwincontracts.benchmarks;

/**
 * What a load run measured.
 *
 * @param requests responses received in the measured window
 * @param unexpected responses with another status than the request should get, plus I/O errors
 * @param seconds the measured window
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 */
record LoadResult(long requests, long unexpected, double seconds, double p50Millis, double p99Millis) {
  double throughput() {
    return requests / seconds;
  }
}
