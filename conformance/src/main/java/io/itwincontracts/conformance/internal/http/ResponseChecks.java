package io.itwincontracts.conformance.internal.http;

import io.itwincontracts.conformance.Check;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything every answer must keep, for verify and proxy alike: the engine's verdict
 * ({@link ContractValidator#validateResponse}: status, headers, media type, body, error code), each violation named
 * by the {@link Check} that reports it. No rule of a response is decided here.
 */
public final class ResponseChecks {
  private final ContractValidator validator;

  /** The checks of the validator's specs. */
  public ResponseChecks(ContractValidator validator) {
    this.validator = validator;
  }

  /** Every way the answer breaks the contract of the operation; empty when it keeps it. */
  public List<Problem> check(String operationId, Answer answer) {
    List<Problem> problems = new ArrayList<>();
    if (answer.status() == 0) {
      problems.add(new Problem(Check.NO_ANSWER, "an answer", answer.summary()));
      return problems;
    }
    int status = answer.status();
    for (Violation violation : validator.validateResponse(operationId, status, answer::header, answer.body())) {
      Check check = switch (violation.keyword()) {
        case Violation.STATUS -> status >= 500 ? Check.SERVER_ERROR : Check.STATUS;
        case Violation.HEADER -> Check.HEADER;
        case Violation.MEDIA_TYPE -> Check.CONTENT_TYPE;
        case Violation.ERROR_CODE -> Check.ERROR_CODE;
        default -> Check.SCHEMA;
      };
      if (check == Check.SERVER_ERROR) {
        problems.add(new Problem(check, "no 5xx", answer.summary()));
        continue;
      }
      String expected = check == Check.SCHEMA ? "body of " + operationId + " " + status + " as documented" : "as listed";
      problems.add(new Problem(check, expected, status + ": " + violation));
    }
    return problems;
  }
}
