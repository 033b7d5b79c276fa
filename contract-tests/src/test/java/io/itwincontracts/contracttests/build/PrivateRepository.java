package io.itwincontracts.contracttests.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A local Maven repository of a test's own, so that a build of a broken copy of the project can never install into
 * {@code ~/.m2}: the shared repository's third-party files, without the project's own group (so whatever the build
 * installs shows there). Jars and poms are hard-linked (Maven never rewrites them in place), the rest is copied.
 */
final class PrivateRepository {
  private static final String OWN_GROUP = "io/itwincontracts";

  private PrivateRepository() {}

  static Path create(Path directory) {
    Path shared = Path.of(System.getProperty("user.home"), ".m2", "repository");
    try {
      Files.createDirectories(directory);
      if (Files.isDirectory(shared)) {
        Files.walkFileTree(shared, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            String relative = shared.relativize(dir).toString();
            if (relative.equals(OWN_GROUP)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(directory.resolve(relative));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Path target = directory.resolve(shared.relativize(file).toString());
            String name = file.getFileName().toString();
            if (name.endsWith(".jar") || name.endsWith(".pom")) {
              Files.createLink(target, file);
            } else {
              Files.copy(file, target);
            }
            return FileVisitResult.CONTINUE;
          }
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out a private repository in " + directory, e);
    }
    return directory;
  }

  static boolean holdsProjectArtifacts(Path directory) {
    return Files.exists(directory.resolve(OWN_GROUP));
  }
}
