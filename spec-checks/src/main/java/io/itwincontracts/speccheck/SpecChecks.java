package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.BreakingChangeGate;
import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.speccheck.internal.lint.LintViolation;
import io.itwincontracts.speccheck.internal.lint.SpecLint;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract's own build step, run by the openapi module before it packages anything: parse (YAML, {@code $ref}s),
 * then lint, then the breaking-change gate against the released baseline (which also writes the changelog). Each
 * stage runs only on a contract that passed the one before, so a spec author sees the first kind of problem alone.
 */
public final class SpecChecks {
  private SpecChecks() {}

  /**
   * Arguments: the spec directory, the baseline directory, the changelog directory, and optionally the compatibility
   * policy ({@code strict}, the default, or {@code bentley}; see {@link CompatibilityPolicy}).
   *
   * @throws ContractRejected listing every problem of the first stage that failed
   */
  public static void main(String[] args) {
    if (args.length != 3 && args.length != 4) {
      throw new IllegalArgumentException("usage: SpecChecks SPEC_DIR BASELINE_DIR CHANGELOG_DIR [strict|bentley]");
    }
    CompatibilityPolicy policy = args.length == 4 ? CompatibilityPolicy.named(args[3]) : CompatibilityPolicy.STRICT;
    run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), policy, System.out);
  }

  static void run(Path specs, Path baseline, Path changelog, CompatibilityPolicy policy, PrintStream out) {
    List<String> unparsed = new ArrayList<>();
    SpecFiles.list(specs).forEach(spec -> unparsed.addAll(ParseCheck.problems(spec)));
    if (!unparsed.isEmpty()) {
      throw new ContractRejected("the contract does not parse", unparsed);
    }
    List<LintViolation> violations = SpecLint.lintDirectory(specs, out);
    if (!violations.isEmpty()) {
      throw new ContractRejected("spec lint violation(s)", violations.stream().map(Object::toString).toList());
    }
    List<String> breaking = new BreakingChangeGate(out, policy).check(specs, baseline, changelog);
    if (!breaking.isEmpty()) {
      throw new ContractRejected("breaking change(s) against the released contract", breaking);
    }
  }
}
