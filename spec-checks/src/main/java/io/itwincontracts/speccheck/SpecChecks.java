package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.internal.lint.LintViolation;
import io.itwincontracts.speccheck.internal.lint.SpecLint;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract's own build step, run by the openapi module (the Maven plugin's {@code check} goal) before it packages
 * anything: parse (YAML, {@code $ref}s), then lint, then the breaking-change gate against the released baseline (which
 * also writes the changelog). Each stage runs only on a contract that passed the one before, so a spec author sees the first kind of problem alone.
 */
public final class SpecChecks {
  private SpecChecks() {}

  /**
   * Checks the {@code *.yaml} specs in {@code specs} against the released ones in {@code baseline}, writes each API's
   * changelog into {@code changelog} and prints every finding to {@code out} (the Maven plugin's {@code check} goal).
   *
   * @throws ContractRejected listing every problem of the first stage that failed
   */
  public static void run(Path specs, Path baseline, Path changelog, CompatibilityPolicy policy, PrintStream out) {
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
