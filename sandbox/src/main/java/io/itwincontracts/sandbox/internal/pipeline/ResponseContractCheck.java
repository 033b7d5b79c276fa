package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.route.Route;
import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Check mode: each answer against its operation's contract (status, required headers, body as written), or, for a
 * request that matched no operation, against the shared error schema; what breaks it goes to the
 * {@link ResponseLedger}. The answer itself is sent unchanged.
 */
final class ResponseContractCheck {
  /** What every refusal of a request that matched no operation carries: the shared error body of the specs. */
  private static final Target UNMATCHED = Target.component("ErrorResponse");

  private final ResponseLedger ledger;

  ResponseContractCheck(ResponseLedger ledger) {
    this.ledger = ledger;
  }

  void check(Exchange exchange, Answer answer) {
    ContractValidator spec = ledger.spec();
    Route route = exchange.route();
    String body = answer.body().length == 0 ? null : new String(answer.body(), StandardCharsets.UTF_8);
    Target target = route == null ? UNMATCHED
        : Target.response(route.operation().operationId(), String.valueOf(answer.status()));
    List<Violation> violations;
    try {
      violations = route == null ? spec.validate(UNMATCHED, body == null ? "" : body)
          : spec.validateResponse(route.operation().operationId(), answer.status(), answer::header, body);
    } catch (IllegalArgumentException notInTheSpec) {
      violations = List.of(new Violation("", Violation.STATUS, notInTheSpec.getMessage()));
    }
    ledger.record(violations.isEmpty() ? null
        : new ContractReport(exchange.method + " " + exchange.path + " -> " + answer.status(), target, violations));
  }
}
