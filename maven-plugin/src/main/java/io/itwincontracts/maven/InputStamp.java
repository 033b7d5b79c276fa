package io.itwincontracts.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a goal read on its last successful run, as one SHA-256 over its input files (names and contents) and its
 * parameters, kept in a file. A goal whose stamp still holds has nothing new to check, so a build that changed
 * nothing skips it. Contents, not dates: a rebuilt jar or a touched file with the same bytes is no change.
 */
final class InputStamp {
  private final Path file;
  private final List<Input> inputs = new ArrayList<>();

  /** A stamp kept in {@code file}. */
  InputStamp(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  /** Where the stamp is kept. */
  Path file() {
    return file;
  }

  /** Adds a parameter (any value with a stable {@code toString}, or null). */
  InputStamp value(String name, Object value) {
    inputs.add(digest -> {
      update(digest, name);
      update(digest, String.valueOf(value));
    });
    return this;
  }

  /** Adds a file, or every regular file below a directory; a path that does not exist is an input too. */
  InputStamp tree(String name, Path path) {
    inputs.add(digest -> {
      update(digest, name);
      for (Path each : files(path)) {
        update(digest, path.relativize(each).toString());
        digest.update(read(each));
      }
    });
    return this;
  }

  /** The digest of the inputs as they are now. */
  String digest() {
    MessageDigest digest = sha256();
    inputs.forEach(input -> input.addTo(digest));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Whether the last successful run recorded {@code digest}. */
  boolean holds(String digest) {
    try {
      return Files.isRegularFile(file) && Files.readString(file).strip().equals(digest);
    } catch (IOException e) {
      return false;
    }
  }

  /** Records {@code digest} as the inputs of a successful run. */
  void record(String digest) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, digest + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static List<Path> files(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  // a separator after each part, so that ("ab", "c") and ("a", "bc") differ
  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private interface Input {
    void addTo(MessageDigest digest);
  }
}
