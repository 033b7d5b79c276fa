package io.itwincontracts.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Empties the directories the baseline is generated and compiled into, so nothing of an older baseline survives. */
final class Directories {
  private Directories() {}

  /** Deletes everything in {@code directory} and creates it if it does not exist. */
  static void empty(Path directory) {
    try {
      if (Files.exists(directory)) {
        try (Stream<Path> walk = Files.walk(directory)) {
          for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty " + directory, e);
    }
  }
}
