package io.itwincontracts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into payloads: files, directories (every {@code *.json} below, sorted),
 * {@code -} for standard input, and NDJSON files (one payload a line, blank lines skipped). Every named file
 * is checked before anything is validated, so a typo fails at once instead of after a long batch.
 */
final class PayloadSource {
  private PayloadSource() {}

  static List<Payload> expand(List<String> inputs, Path ndjson, InputStream stdin) throws IOException {
    List<Payload> payloads = new ArrayList<>();
    for (String input : inputs) {
      if ("-".equals(input)) {
        payloads.add(Payload.ofText("<stdin>", new String(stdin.readAllBytes(), StandardCharsets.UTF_8)));
      } else {
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
          payloads.addAll(directory(path));
        } else if (Files.isRegularFile(path)) {
          payloads.add(Payload.ofFile(path));
        } else {
          throw new IOException(input + ": no such file or directory");
        }
      }
    }
    if (ndjson != null) {
      payloads.addAll(lines(ndjson));
    }
    return payloads;
  }

  private static List<Payload> directory(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
          .sorted().map(Payload::ofFile).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<Payload> lines(Path ndjson) throws IOException {
    if (!Files.isRegularFile(ndjson)) {
      throw new IOException(ndjson + ": no such file");
    }
    List<Payload> payloads = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(ndjson), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          payloads.add(Payload.ofText(ndjson + ":" + number, line));
        }
      }
    }
    return payloads;
  }
}
