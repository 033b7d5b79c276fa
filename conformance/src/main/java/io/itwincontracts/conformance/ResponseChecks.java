package io.itwincontracts.conformance;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything every answer must keep, for verify and proxy alike: the engine's verdict on status, required headers
 * and body ({@link ContractValidator#validateResponse}); a JSON media type on a body; an error code the pages name
 * for that status; never a 5xx.
 */
final class ResponseChecks {
  /** The media types every response of the specs offers. */
  static final Set<String> JSON_TYPES = Set.of("application/json", "application/vnd.bentley.itwin-platform.v1+json");

  private final ContractValidator validator;
  private final ErrorCodes codes;

  ResponseChecks(ContractValidator validator) {
    this.validator = validator;
    this.codes = new ErrorCodes(validator);
  }

  List<Problem> check(String operationId, Answer answer) {
    List<Problem> problems = new ArrayList<>();
    if (answer.status() == 0) {
      problems.add(new Problem(Check.NO_ANSWER, "an answer", answer.summary()));
      return problems;
    }
    int status = answer.status();
    if (status >= 500) {
      problems.add(new Problem(Check.SERVER_ERROR, "no 5xx", answer.summary()));
    }
    for (Violation violation : validator.validateResponse(operationId, status, answer::header, answer.body())) {
      Check check = switch (violation.keyword()) {
        case Violation.STATUS -> Check.STATUS;
        case Violation.HEADER -> Check.HEADER;
        default -> Check.SCHEMA;
      };
      String expected = check == Check.SCHEMA ? "body of " + operationId + " " + status + " as documented" : "documented";
      problems.add(new Problem(check, expected, status + ": " + violation));
    }
    String type = answer.header("content-type");
    String media = type == null ? null : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!answer.body().isBlank() && !JSON_TYPES.contains(media)) {
      problems.add(new Problem(Check.CONTENT_TYPE, String.join(" or ", JSON_TYPES.stream().sorted().toList()),
          status + " " + (type == null ? "no content type" : type)));
    }
    Set<String> named = codes.documented(operationId, status);
    String code = ErrorCodes.codeOf(answer.body());
    if (!named.isEmpty() && code != null && !named.contains(code)) {
      problems.add(new Problem(Check.ERROR_CODE, status + " " + named.stream().collect(Collectors.joining(" or ")),
          status + " " + code));
    }
    return problems;
  }
}
