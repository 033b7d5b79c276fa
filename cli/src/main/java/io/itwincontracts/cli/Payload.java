package io.itwincontracts.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One payload to validate and the name it is reported under ({@code body.json}, {@code pages.ndjson:12}). */
record Payload(String source, Path file, String text) {
  static Payload ofFile(Path file) {
    return new Payload(file.toString(), file, null);
  }

  static Payload ofText(String source, String text) {
    return new Payload(source, null, text);
  }

  /** Streams a file rather than loading it, so that a large response is parsed once, straight from disk. */
  InputStream open() throws IOException {
    return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
