package io.itwincontracts.sandbox.pipeline;

import io.itwincontracts.validator.ContractValidator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@link ResponseCheck} saw: how many responses it checked, and each one that broke the spec it checks
 * against (the bundled contract, or a spec being edited).
 */
public final class ResponseLedger {
  private final AtomicInteger checked = new AtomicInteger();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final ContractValidator spec;

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

  void record(String response, List<String> violations) {
    checked.incrementAndGet();
    if (!violations.isEmpty()) {
      problems.add(response + ": " + String.join("; ", violations));
    }
  }

  /** How many responses were checked. */
  public int checked() {
    return checked.get();
  }

  /** Forgets what was recorded (a reset sandbox starts a new test). */
  public void clear() {
    checked.set(0);
    problems.clear();
  }

  /** Each response that broke the spec, as {@code METHOD path -> status: violations}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
