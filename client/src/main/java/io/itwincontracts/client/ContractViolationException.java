package io.itwincontracts.client;

import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.util.List;
import java.util.OptionalInt;

/**
 * A request or a response that breaks the contract, in {@link ContractChecks#STRICT} mode: a request so refused
 * was never sent; a response so refused was received but not returned. Its message and violations are redacted
 * like every other text of the client: no token or credential value.
 */
public final class ContractViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialised: the validator's types are plain records. */
  private final transient ContractReport report;

  ContractViolationException(ContractReport report) {
    super(report.target() + " breaks the contract (" + report.violations().size() + " violation"
        + (report.violations().size() == 1 ? "" : "s") + "): " + report);
    this.report = report;
  }

  /** The whole report: the exchange, the message checked, the violations. */
  public ContractReport report() {
    return report;
  }

  /** The operation's id in the spec, e.g. {@code createSystem}. */
  public String operationId() {
    return report.target().operationId();
  }

  /** The response status, or empty when the request was refused before it was sent. */
  public OptionalInt status() {
    String status = report.target().status();
    return Target.REQUEST.equals(status) ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(status));
  }

  /** What is wrong: pointer, keyword and message of each violation, as the CLI prints them. */
  public List<Violation> violations() {
    return report.violations();
  }
}
