package io.itwincontracts.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: beside it first, then moved into place, so that a reader (another fork, a
 * user's editor) sees the old file or the new one, never half, and a failed write leaves nothing behind.
 */
public final class WholeFile {
  private WholeFile() {}

  /** Writes {@code text} (UTF-8) to {@code file}, creating its directory. */
  public static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code file}, creating its directory. */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path partial = Files.createTempFile(directory, "." + file.getFileName(), ".partial");
    try {
      Files.write(partial, bytes);
      // a temporary file is the owner's only; the file it becomes is readable as any other the user writes
      if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
