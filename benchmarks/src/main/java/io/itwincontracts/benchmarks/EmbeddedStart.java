package io.itwincontracts.benchmarks;

import io.itwincontracts.sandbox.Sandbox;
import java.io.IOException;

/**
 * Run in a fresh JVM by {@link EmbeddedStartMeasurement}: how long a test waits from starting a server in its own
 * JVM to the first answer, twice in a row (the first start loads the classes, the second is what every later test
 * class pays). Prints the two figures in milliseconds. {@code EmbeddedStart sandbox|jetty}.
 */
public final class EmbeddedStart {
  private EmbeddedStart() {}

  public static void main(String[] args) throws Exception {
    boolean sandbox = "sandbox".equals(args[0]);
    double first = startToFirstAnswer(sandbox);
    double second = startToFirstAnswer(sandbox);
    System.out.println(first + " " + second);
    System.exit(0);
  }

  private static double startToFirstAnswer(boolean sandbox) throws Exception {
    long start = System.nanoTime();
    if (sandbox) {
      try (Sandbox server = Sandbox.builder().port(0).start()) {
        answer(server.port());
      }
    } else {
      try (ConstantServer server = new ConstantServer(Sandbox.DEFAULT_THREADS)) {
        answer(server.port());
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static void answer(int port) throws IOException {
    try (KeepAliveConnection http = new KeepAliveConnection(port)) {
      int status = http.exchange(PeerRequests.LIST);
      if (status != 200) {
        throw new IllegalStateException("the first listSystems answered " + status);
      }
    }
  }
}
