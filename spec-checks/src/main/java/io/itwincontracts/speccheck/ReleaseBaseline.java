package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.internal.release.ReleaseDecision;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The guarded release of the contract as the new baseline (the Maven plugin's {@code release} goal; {@code -P release-baseline} of the openapi module): every
 * API spec is judged against the baseline it replaces ({@link ReleaseDecision}), and nothing is copied unless every
 * one may be released. Releasing a contract identical to the baseline is a no-op that succeeds, so the release command
 * can run on an unchanged tree.
 */
public final class ReleaseBaseline {
  private final PrintStream out;
  private final CompatibilityPolicy policy;

  /** A release under {@code policy} that prints each spec's decision to {@code out}. */
  public ReleaseBaseline(PrintStream out, CompatibilityPolicy policy) {
    this.out = out;
    this.policy = policy;
  }

  /**
   * Copies every changed spec of {@code specs} over {@code baseline}, or refuses them all (the Maven plugin's
   * {@code release} goal).
   *
   * @throws ContractRejected listing why each refused spec may not be released; the baseline is then untouched
   */
  public void release(Path specs, Path baseline) {
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
