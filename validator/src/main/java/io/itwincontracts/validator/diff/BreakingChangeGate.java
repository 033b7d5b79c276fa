package io.itwincontracts.validator.diff;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build step that compares every spec with its released baseline, writes the changelog and fails the build on
 * a breaking change that keeps the major version. The validator module's build runs it (exec-maven-plugin) on the
 * specs in {@code openapi/src/main/resources/openapi} and the baseline in {@code openapi/baseline}.
 */
public final class BreakingChangeGate {
  private final PrintStream out;

  BreakingChangeGate(PrintStream out) {
    this.out = out;
  }

  /**
   * Arguments: the spec directory, the baseline directory, the changelog directory.
   *
   * @throws BreakingChangeException listing every breaking change when the build must fail
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: BreakingChangeGate SPEC_DIR BASELINE_DIR CHANGELOG_DIR");
    }
    List<String> blocking = new BreakingChangeGate(System.out).check(Path.of(args[0]), Path.of(args[1]),
        Path.of(args[2]));
    if (!blocking.isEmpty()) {
      throw new BreakingChangeException(blocking);
    }
  }

  /**
   * Fails the build with every breaking change in its message. It has no stack trace: the exec plugin logs the
   * exception, and a trace would bury the lines a spec author needs.
   */
  static final class BreakingChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BreakingChangeException(List<String> lines) {
      super("breaking change(s) against the released contract:\n" + String.join("\n", lines), null, false, false);
    }
  }

  /** Compares each spec with its baseline, writes the changelogs and returns the lines that must fail the build. */
  List<String> check(Path specs, Path baseline, Path changelog) {
    List<String> blocking = new ArrayList<>();
    for (String file : yamlFiles(specs, baseline)) {
      Path released = baseline.resolve(file);
      Path edited = specs.resolve(file);
      if (!Files.exists(released)) {
        out.println(file + ": new spec, no released baseline yet");
        continue;
      }
      if (!Files.exists(edited)) {
        String line = "BREAKING " + file + ": the released spec is gone";
        out.println(line);
        blocking.add(line);
        continue;
      }
      ContractDiff diff = ContractDiff.compare(released, edited);
      if (!diff.hasOperations()) {
        continue;
      }
      write(changelog.resolve(diff.api() + ".md"), diff.markdown());
      write(changelog.resolve(diff.api() + ".html"), diff.html());
      diff.changes().forEach(out::println);
      out.println(diff.verdict());
      if (diff.blocksRelease()) {
        diff.breakingChanges().forEach(change -> blocking.add(change.toString()));
        blocking.add(diff.verdict());
      }
    }
    out.println("changelog: " + changelog.toAbsolutePath());
    return blocking;
  }

  private static TreeSet<String> yamlFiles(Path... directories) {
    TreeSet<String> names = new TreeSet<>();
    for (Path directory : directories) {
      try (Stream<Path> files = Files.list(directory)) {
        files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")).forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + directory, e);
      }
    }
    return names;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
