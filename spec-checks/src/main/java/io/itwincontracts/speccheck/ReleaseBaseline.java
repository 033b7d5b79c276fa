package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.internal.release.ReleaseDecision;
import io.itwincontracts.speccheck.ContractRejected;
import io.itwincontracts.speccheck.SpecFiles;
import io.itwincontracts.speccheck.CompatibilityPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The guarded release of the contract as the new baseline ({@code -P release-baseline} of the openapi module): every
 * API spec is judged against the baseline it replaces ({@link ReleaseDecision}), and nothing is copied unless every
 * one may be released. Releasing a contract identical to the baseline is a no-op that succeeds, so the release command
 * can run on an unchanged tree.
 */
public final class ReleaseBaseline {
  private final PrintStream out;
  private final CompatibilityPolicy policy;

  ReleaseBaseline(PrintStream out, CompatibilityPolicy policy) {
    this.out = out;
    this.policy = policy;
  }

  /**
   * Arguments: the spec directory, the baseline directory, the compatibility policy ({@code strict} or {@code bentley}).
   *
   * @throws ContractRejected listing why each refused spec may not be released; the baseline is then untouched
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ReleaseBaseline SPEC_DIR BASELINE_DIR strict|bentley");
    }
    new ReleaseBaseline(System.out, CompatibilityPolicy.named(args[2])).release(Path.of(args[0]), Path.of(args[1]));
  }

  /** Copies every changed spec over the baseline, or refuses them all. */
  void release(Path specs, Path baseline) {
    List<Path> changed = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    for (Path spec : SpecFiles.list(specs)) {
      Path released = baseline.resolve(spec.getFileName());
      ReleaseDecision decision = ReleaseDecision.judge(spec, released, policy);
      out.println(decision.line());
      refusals.addAll(decision.refusals());
      if (decision.copies()) {
        changed.add(spec);
      }
    }
    if (!refusals.isEmpty()) {
      throw new ContractRejected("release refused, " + baseline + " is unchanged", refusals);
    }
    if (changed.isEmpty()) {
      out.println("nothing to release: " + baseline + " already holds this contract");
      return;
    }
    changed.forEach(spec -> copy(spec, baseline.resolve(spec.getFileName())));
    out.println("released " + changed.size() + " file(s) into " + baseline + ": commit it with the release");
  }

  private static void copy(Path spec, Path released) {
    try {
      Files.createDirectories(released.getParent());
      Files.copy(spec, released, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + spec + " to " + released, e);
    }
  }
}
