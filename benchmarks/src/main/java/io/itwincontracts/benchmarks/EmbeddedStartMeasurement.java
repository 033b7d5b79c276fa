package io.itwincontracts.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link EmbeddedStart} in fresh JVMs on this JVM's class path, the sandbox and bare Jetty alternately, and
 * returns the medians: the first start in a JVM and the second.
 */
final class EmbeddedStartMeasurement {
  /** Median milliseconds of the first start in a fresh JVM and of a second start in the same JVM. */
  record Starts(double first, double second) {}

  private EmbeddedStartMeasurement() {}

  /** Index 0: the sandbox; 1: bare Jetty. */
  static Starts[] measure(int runs, Path log) throws IOException, InterruptedException {
    double[][] first = new double[2][runs];
    double[][] second = new double[2][runs];
    for (int run = 0; run < runs; run++) {
      for (int server = 0; server < 2; server++) {
        double[] times = once(server == 0 ? "sandbox" : "jetty", log);
        first[server][run] = times[0];
        second[server][run] = times[1];
      }
    }
    return new Starts[] {new Starts(Median.of(first[0]), Median.of(second[0])), new Starts(Median.of(first[1]), Median.of(second[1]))};
  }

  private static double[] once(String server, Path log) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        EmbeddedStart.class.getName(), server)).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!child.waitFor(2, TimeUnit.MINUTES) || child.exitValue() != 0) {
      child.destroyForcibly();
      throw new IllegalStateException("the embedded start of " + server + " failed: " + out + " (see " + log + ")");
    }
    return Arrays.stream(out.split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

}
