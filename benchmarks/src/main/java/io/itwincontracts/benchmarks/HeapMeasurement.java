package io.itwincontracts.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link HeapProbe} in a child JVM on this JVM's class path and reads its figures. */
final class HeapMeasurement {
  /** The child's flags: one collector whose full GC leaves exactly the live set, and room for 50 MB twice over. */
  static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx3g");

  /** What the probe printed. */
  record Heap(long payloadBytes, long readTreeBytes, long validationPeakBytes, int samples) {}

  private HeapMeasurement() {}

  static Heap measure(long payloadBytes) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(JVM_FLAGS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
        Long.toString(payloadBytes)));
    Process probe = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!probe.waitFor(5, TimeUnit.MINUTES)) {
      probe.destroyForcibly();
      throw new IllegalStateException("the heap probe did not finish in 5 minutes");
    }
    if (probe.exitValue() != 0) {
      throw new IllegalStateException("the heap probe failed (exit " + probe.exitValue() + "): " + out);
    }
    String[] figures = out.split(" ");
    return new Heap(Long.parseLong(figures[0]), Long.parseLong(figures[1]), Long.parseLong(figures[2]),
        Integer.parseInt(figures[3]));
  }
}
