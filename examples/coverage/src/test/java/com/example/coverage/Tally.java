package com.example.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test class got from the sandbox, counted by the test itself, apart from the extension's coverage: one line
 * per answer, {@code operationId status}, written to target/expected/ with the fork's process id.
 */
final class Tally {
  private final List<String> answers = new ArrayList<>();

  synchronized void got(String operationId, int status) {
    answers.add(operationId + " " + status);
  }

  synchronized void writeFor(Class<?> testClass) {
    try {
      Path file = Path.of("target", "expected", testClass.getSimpleName() + ".txt");
      Files.createDirectories(file.getParent());
      List<String> lines = new ArrayList<>(answers);
      lines.add(0, "pid " + ProcessHandle.current().pid());
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
