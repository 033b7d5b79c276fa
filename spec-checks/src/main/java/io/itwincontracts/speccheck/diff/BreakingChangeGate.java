package io.itwincontracts.speccheck.diff;

import io.itwincontracts.speccheck.SpecFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares every spec with its released baseline, writes the changelog of each API, and returns the lines that must
 * stop the build: a breaking change that keeps the major version. {@code SpecChecks} runs it in the openapi module's
 * build, after the parse and lint stages.
 */
public final class BreakingChangeGate {
  private final PrintStream out;

  /** A gate that prints each change and each API's verdict to {@code out}. */
  public BreakingChangeGate(PrintStream out) {
    this.out = out;
  }

  /** Compares each spec with its baseline, writes the changelogs and returns the lines that must fail the build. */
  public List<String> check(Path specs, Path baseline, Path changelog) {
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
      SpecFiles.list(directory).forEach(path -> names.add(path.getFileName().toString()));
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
