package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import io.itwincontracts.validator.jaxrs.ContractValidationFeature;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the response checks (the validator's JAX-RS feature, in each API's application) saw: how many responses
 * they checked, and each one that broke the spec they check against (the bundled contract, or a spec being
 * edited).
 */
public final class ResponseLedger implements Consumer<ContractReport> {
  private static final String SERVER = "server ";

  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final List<ContractValidationFeature> checks = new CopyOnWriteArrayList<>();
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

  /** Counts what {@code feature} checks too. */
  void countChecksOf(ContractValidationFeature feature) {
    checks.add(feature);
  }

  /** Records a response that broke the spec, as {@code METHOD path -> status: violations}. */
  @Override
  public void accept(ContractReport report) {
    String exchange = report.exchange().startsWith(SERVER) ? report.exchange().substring(SERVER.length())
        : report.exchange();
    problems.add(exchange + ": " + report.violations().stream().map(Violation::toString)
        .collect(Collectors.joining("; ")));
  }

  /** How many responses were checked. */
  public int checked() {
    return (int) (allChecked() - checkedBeforeClear);
  }

  /** Forgets what was recorded (a reset sandbox starts a new test). */
  public void clear() {
    checkedBeforeClear = allChecked();
    problems.clear();
  }

  /** Each response that broke the spec, as {@code METHOD path -> status: violations}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private long allChecked() {
    return checks.stream().mapToLong(ContractValidationFeature::checkedResponses).sum();
  }
}
