package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.Rule;
import io.itwincontracts.speccheck.SpecFiles;
import io.itwincontracts.speccheck.internal.changelog.Changelog;
import java.io.PrintStream;
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
  private final CompatibilityPolicy policy;

  /** A gate under the default, {@link CompatibilityPolicy#STRICT}, policy that prints to {@code out}. */
  public BreakingChangeGate(PrintStream out) {
    this(out, CompatibilityPolicy.STRICT);
  }

  /** A gate that classifies under {@code policy} and prints each change and each API's verdict to {@code out}. */
  public BreakingChangeGate(PrintStream out, CompatibilityPolicy policy) {
    this.out = out;
    this.policy = policy;
  }

  /** Compares each spec with its baseline, writes the changelogs and returns the lines that must fail the build. */
  public List<String> check(Path specs, Path baseline, Path changelog) {
    List<String> blocking = new ArrayList<>();
    Changelog pages = new Changelog(changelog);
    for (String file : yamlFiles(specs, baseline)) {
      Path released = baseline.resolve(file);
      Path edited = specs.resolve(file);
      if (!Files.exists(released)) {
        out.println(file + ": new spec, no released baseline yet");
        continue;
      }
      if (!Files.exists(edited)) {
        String line = "ERROR " + file + ": the released spec is gone [" + Rule.URI_CHANGED.id() + "]";
        out.println(line);
        blocking.add(line);
        continue;
      }
      ContractDiff diff = ContractDiff.compare(released, edited, policy);
      if (!diff.hasOperations()) {
        continue;
      }
      pages.attach(diff.openApiDiffReportName(), diff.openApiDiffHtml());
      Path page = pages.write(diff.api(), diff.changelogSection());
      diff.changes().forEach(out::println);
      out.println(diff.verdict() + " (changelog: " + page.toUri() + ")");
      if (diff.blocksRelease()) {
        diff.breakingChanges().forEach(change -> blocking.add(change.toString()));
        blocking.add(diff.verdict());
      }
    }
    out.println("changelog: " + changelog.toAbsolutePath().normalize());
    return blocking;
  }

  private static TreeSet<String> yamlFiles(Path... directories) {
    TreeSet<String> names = new TreeSet<>();
    for (Path directory : directories) {
      SpecFiles.list(directory).forEach(path -> names.add(path.getFileName().toString()));
    }
    return names;
  }
}
