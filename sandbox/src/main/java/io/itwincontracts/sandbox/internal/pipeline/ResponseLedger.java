package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What the response checks saw: how many answers they checked, and each one that broke the spec they check against
 * (the bundled contract, or a spec being edited).
 */
public final class ResponseLedger {
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final LongAdder checked = new LongAdder();
  private final ContractValidator spec;
  private volatile long checkedBeforeClear;

  /** A ledger of responses checked against {@code spec}. */
  public ResponseLedger(ContractValidator spec) {
    this.spec = spec;
  }

  /** A ledger of responses checked against the bundled contract. */
  public ResponseLedger() {
    this(ContractValidator.bundled());
  }

  ContractValidator spec() {
    return spec;
  }

  /** Counts one checked answer and records it as {@code METHOD path -> status: violations} if it broke the spec. */
  void record(ContractReport broken) {
    checked.increment();
    if (broken != null) {
      problems.add(broken.exchange() + ": " + broken.violations().stream().map(Violation::toString)
          .collect(Collectors.joining("; ")));
    }
  }

  /** How many responses were checked. */
  public int checked() {
    return (int) (checked.sum() - checkedBeforeClear);
  }

  /** Forgets what was recorded (a reset sandbox starts a new test). */
  public void clear() {
    checkedBeforeClear = checked.sum();
    problems.clear();
  }

  /** Each response that broke the spec, as {@code METHOD path -> status: violations}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
