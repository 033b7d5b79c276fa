package io.itwincontracts.speccheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The spec files of a contract directory: its {@code *.yaml} files, in name order. */
public final class SpecFiles {
  private SpecFiles() {}

  /** The {@code *.yaml} files directly in {@code directory}, sorted by name. */
  public static List<Path> list(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }
}
