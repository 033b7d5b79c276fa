package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.conformance.internal.http.ErrorBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What a case must get, beside what every answer must keep ({@code ResponseChecks}): the status the pages give for
 * it and, for an error, one of the codes the spec gives for that status and a detail naming the field at fault.
 */
final class Expectation {
  /** A valid request: any success the operation lists. */
  static final Expectation SUCCESS = new Expectation("2xx", s -> s >= 200 && s < 300, Map.of(), Set.of());
  /** An example's fixed IDs may exist already (an earlier run): the documented 409 is as good as a create. */
  static final Expectation SUCCESS_OR_CONFLICT = new Expectation("2xx (or 409: the example exists already)",
      s -> s >= 200 && s < 300 || s == 409, Map.of(), Set.of());

  private final String description;
  private final IntPredicate accepts;
  private final Map<Integer, List<String>> codes;
  private final Set<String> fields;

  private Expectation(String description, IntPredicate accepts, Map<Integer, List<String>> codes, Set<String> fields) {
    this.description = description;
    this.accepts = accepts;
    this.codes = codes;
    this.fields = fields;
  }

  /** Exactly {@code status}, with one of {@code codes} (any code when the spec gives none). */
  static Expectation status(int status, List<String> codes) {
    return new Expectation(describe(status, codes), s -> s == status, Map.of(status, codes), Set.of());
  }

  /** The operation's 422 with one of its codes and a detail whose target names one of {@code fields}. */
  static Expectation unprocessable(List<String> codes, Set<String> fields) {
    String named = fields.size() <= 3 ? String.join(" or ", fields)
        : String.join(" or ", fields.stream().limit(3).toList()) + " or …";
    return new Expectation(describe(422, codes) + (fields.isEmpty() ? "" : " with a detail naming " + named),
        s -> s == 422, Map.of(422, codes), fields);
  }

  /** This expectation, or else {@code status} with one of {@code codes}. */
  Expectation or(int status, List<String> otherCodes) {
    Map<Integer, List<String>> both = new LinkedHashMap<>(codes);
    both.put(status, otherCodes);
    return new Expectation(description + ", or " + describe(status, otherCodes), accepts.or(s -> s == status), both,
        fields);
  }

  String description() {
    return description;
  }

  /** What the answer lacks of this expectation, or empty when it meets it. */
  Optional<String> unmet(Answer answer) {
    int status = answer.status();
    if (!accepts.test(status)) {
      return Optional.of(description);
    }
    List<String> expected = codes.getOrDefault(status, List.of());
    String code = ErrorBody.code(answer.body());
    if (!expected.isEmpty() && (code == null || !expected.contains(code))) {
      return Optional.of(description);
    }
    if (status == 422 && !fields.isEmpty() && ErrorBody.detailTargets(answer.body()).stream()
        .noneMatch(target -> fields.stream().anyMatch(field -> names(target, field)))) {
      return Optional.of(description);
    }
    return Optional.empty();
  }

  /** A detail's target names a field as the pages do ({@code SystemId}) or as a pointer ({@code /systemId}). */
  private static boolean names(String target, String field) {
    return target.replaceFirst(".*/", "").equalsIgnoreCase(field);
  }

  private static String describe(int status, List<String> codes) {
    return status + (codes.isEmpty() ? "" : " " + String.join(" or ", codes));
  }
}
