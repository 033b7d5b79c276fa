package io.itwincontracts.validator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One-line assertions for tests: each throws an {@link AssertionError} that lists every violation, so a failing
 * test says what is wrong and where without a debugger. They use the bundled specs.
 *
 * <p>Each takes JSON text, or a typed model such as a result of the client: a model is checked as the JSON the
 * client writes for it (properties left null left out, date-times in ISO 8601 with their offset); a
 * {@link CharSequence} passed as a model is JSON text.
 */
public final class ContractAssertions {
  private ContractAssertions() {}

  /** Asserts that {@code json} is a valid response body of {@code operationId} for {@code status}. */
  public static void assertConformsTo(String json, String operationId, String status) {
    check(Target.response(operationId, status), json);
  }

  /** As {@link #assertConformsTo(String, String, String)} with an integer status. */
  public static void assertConformsTo(String json, String operationId, int status) {
    check(Target.response(operationId, String.valueOf(status)), json);
  }

  /** Asserts that {@code body} is a valid response body of {@code operationId} for {@code status}. */
  public static void assertConformsTo(Object body, String operationId, String status) {
    check(Target.response(operationId, status), body);
  }

  /** As {@link #assertConformsTo(Object, String, String)} with an integer status. */
  public static void assertConformsTo(Object body, String operationId, int status) {
    check(Target.response(operationId, String.valueOf(status)), body);
  }

  /** Asserts that {@code json} is a valid request body of {@code operationId}. */
  public static void assertRequestConformsTo(String json, String operationId) {
    check(Target.request(operationId), json);
  }

  /** Asserts that {@code body} is a valid request body of {@code operationId}. */
  public static void assertRequestConformsTo(Object body, String operationId) {
    check(Target.request(operationId), body);
  }

  /** Asserts that {@code json} is valid against the component schema {@code schemaName}. */
  public static void assertConformsToSchema(String json, String schemaName) {
    check(Target.component(schemaName), json);
  }

  /** Asserts that {@code body} is valid against the component schema {@code schemaName}. */
  public static void assertConformsToSchema(Object body, String schemaName) {
    check(Target.component(schemaName), body);
  }

  private static void check(Target target, Object body) {
    List<Violation> violations = ContractValidator.bundled().validate(target, ModelJson.write(body));
    if (!violations.isEmpty()) {
      throw new AssertionError(violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n",
          target + " does not conform to the spec (" + violations.size() + " violation"
              + (violations.size() == 1 ? "" : "s") + "):\n", "")));
    }
  }
}
