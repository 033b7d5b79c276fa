package io.itwincontracts.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop load run against 127.0.0.1: {@code connections} threads, each with one keep-alive connection,
 * send the requests of a {@link Traffic} ({@link LoadMix}, or one request over and over) back to back. The
 * measured window opens when the {@link WarmUp} says the server is ready (at once, after a fixed time, or once two
 * consecutive windows agree) and closes after {@code measured}; the run stops by itself then, or after
 * {@link #MAX_REQUESTS_PER_CONNECTION} requests per connection, whichever comes first. Only responses with the
 * status their request should get count as throughput: an erroring server must not look fast.
 */
final class LoadGenerator {
  static final int MAX_REQUESTS_PER_CONNECTION = 250_000;

  private LoadGenerator() {}

  static LoadResult run(int port, int connections, WarmUp warmUp, Duration measured) throws InterruptedException {
    return run(port, connections, warmUp, measured, LoadMix.TRAFFIC);
  }

  static LoadResult run(int port, int connections, WarmUp warmUp, Duration measured, Traffic traffic)
      throws InterruptedException {
    Window window = new Window();
    LongAdder answered = new LongAdder();
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[connections];
    AtomicLong unexpected = new AtomicLong();
    CountDownLatch done = new CountDownLatch(connections);
    for (int c = 0; c < connections; c++) {
      int connection = c;
      long[] own = new long[MAX_REQUESTS_PER_CONNECTION];
      latencies.add(own);
      Thread thread = new Thread(() -> {
        try (KeepAliveConnection http = new KeepAliveConnection(port)) {
          for (long n = 0; n < MAX_REQUESTS_PER_CONNECTION; n++) {
            long sent = System.nanoTime();
            if (sent >= window.stopAt) {
              break;
            }
            int status = http.exchange(traffic.request(connection, n));
            long received = System.nanoTime();
            if (!traffic.expected(n, status)) {
              unexpected.incrementAndGet();
              continue;
            }
            answered.increment();
            if (sent >= window.measureFrom && received <= window.stopAt) {
              own[counts[connection]++] = received - sent;
            }
          }
        } catch (IOException e) {
          unexpected.incrementAndGet();
        } finally {
          done.countDown();
        }
      }, "load-" + c);
      thread.setDaemon(true);
      thread.start();
    }
    long start = System.nanoTime();
    WarmUp.Outcome warm = warmUp.await(answered::sum);
    window.open(System.nanoTime(), measured);
    // The threads stop at stopAt; the extra wait only covers a response in flight (the socket timeout is 10 s).
    done.await(measured.plusSeconds(15).toMillis(), TimeUnit.MILLISECONDS);
    window.close();
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < connections; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new LoadResult(total, unexpected.get(), measured.toNanos() / 1e9, percentile(all, 0.50),
        percentile(all, 0.99), (window.measureFrom - start) / 1e9, warm);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** When the measured window opens and closes; the threads read it on every request. */
  private static final class Window {
    volatile long measureFrom = Long.MAX_VALUE;
    volatile long stopAt = Long.MAX_VALUE;

    void open(long now, Duration measured) {
      stopAt = now + measured.toNanos();
      measureFrom = now;
    }

    void close() {
      stopAt = Long.MIN_VALUE;
    }
  }
}
