package io.itwincontracts.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times no-change Maven builds of the project, offline and quiet. {@code install} writes to a private copy of the
 * local repository (under the module's target/), never to {@code ~/.m2}, where other builds' SNAPSHOTs live; the
 * project's own artifacts are left out of the copy so that the first, untimed install creates them there.
 */
final class BuildTimer {
  private static final String OWN_GROUP = "io/itwincontracts";

  private final Path project;
  private final Path privateRepository;
  private final Path log;

  BuildTimer(Path project, Path privateRepository, Path log) {
    this.project = project;
    this.privateRepository = privateRepository;
    this.log = log;
  }

  /**
   * Brings the private repository up to date with the shared one (files it lacks: a plugin added since the last
   * run), then runs the warm-up install that makes later ones no-change.
   */
  void prepare() throws IOException, InterruptedException {
    copyMissing(Path.of(System.getProperty("user.home"), ".m2", "repository"), privateRepository);
    seconds("install", "-DskipTests");
  }

  /** The median wall time of {@code runs} runs of {@code mvn -o -q <args>}, in seconds. */
  double median(int runs, String... args) throws IOException, InterruptedException {
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      times[i] = seconds(args);
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  private double seconds(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-o", "-q", "-B",
        "-Dmaven.repo.local=" + privateRepository.toAbsolutePath()));
    command.addAll(Arrays.asList(args));
    long start = System.nanoTime();
    Process mvn = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (!mvn.waitFor(15, TimeUnit.MINUTES)) {
      mvn.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 15 minutes");
    }
    if (mvn.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed (exit " + mvn.exitValue()
          + "); its output is in " + log);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void copyMissing(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (from.relativize(dir).toString().equals(OWN_GROUP)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.exists(target)) {
          return FileVisitResult.CONTINUE;
        }
        try {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot copy " + file + " into the private repository", e);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
