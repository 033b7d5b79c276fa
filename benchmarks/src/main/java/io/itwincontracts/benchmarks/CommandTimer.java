package io.itwincontracts.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of short commands, as a shell user waits for them: each command run in turn, {@code runs} times over
 * (alternating, so a slow minute on the machine hits them all), output to a log; the median of each.
 */
final class CommandTimer {
  private CommandTimer() {}

  /** The median milliseconds of each command, in the order given; a command that fails stops the measurement. */
  static double[] medians(List<List<String>> commands, int runs, Path directory, Path log)
      throws IOException, InterruptedException {
    double[][] millis = new double[commands.size()][runs];
    for (int run = 0; run < runs; run++) {
      for (int c = 0; c < commands.size(); c++) {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(commands.get(c)).directory(directory.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
          process.destroyForcibly();
          throw new IllegalStateException(String.join(" ", commands.get(c)) + " failed (see " + log + ")");
        }
        millis[c][run] = (System.nanoTime() - start) / 1e6;
      }
    }
    double[] medians = new double[commands.size()];
    for (int c = 0; c < commands.size(); c++) {
      medians[c] = Median.of(millis[c]);
    }
    return medians;
  }
}
