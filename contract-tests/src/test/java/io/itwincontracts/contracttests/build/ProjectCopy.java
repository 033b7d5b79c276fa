package io.itwincontracts.contracttests.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Properties;
import java.util.Set;

/** A copy of the project's sources (no build output, no VCS data), with one edit applied as a user would make it. */
final class ProjectCopy {
  private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules");

  private ProjectCopy() {}

  static Path of(Path project, Path directory) {
    try {
      Files.walkFileTree(project, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
          if (!dir.equals(project) && SKIPPED.contains(dir.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Files.createDirectories(directory.resolve(project.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.copy(file, directory.resolve(project.relativize(file).toString()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + project, e);
    }
    return directory;
  }

  /** Puts {@code file} of the copy back as it is in {@code project}, undoing an earlier edit. */
  static void restore(Path project, Path copy, String file) {
    try {
      Files.copy(project.resolve(file), copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore " + file + " in " + copy, e);
    }
  }

  /** Replaces every occurrence of {@code find} with {@code replace} in {@code file}; fails if there is none. */
  static void edit(Path copy, Properties edit) {
    Path file = copy.resolve(edit.getProperty("file"));
    try {
      String text = Files.readString(file);
      if (!text.contains(edit.getProperty("find"))) {
        throw new IllegalArgumentException(file + " does not contain: " + edit.getProperty("find"));
      }
      Files.writeString(file, text.replace(edit.getProperty("find"), edit.getProperty("replace")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
