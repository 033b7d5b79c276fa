package io.itwincontracts.validator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One-line assertions for tests: each throws an {@link AssertionError} that lists every violation, so a failing
 * test says what is wrong and where without a debugger. They use the bundled specs.
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

  /** Asserts that {@code json} is a valid request body of {@code operationId}. */
  public static void assertRequestConformsTo(String json, String operationId) {
    check(Target.request(operationId), json);
  }

  /** Asserts that {@code json} is valid against the component schema {@code schemaName}. */
  public static void assertConformsToSchema(String json, String schemaName) {
    check(Target.component(schemaName), json);
  }

  private static void check(Target target, String json) {
    List<Violation> violations = ContractValidator.bundled().validate(target, json);
    if (!violations.isEmpty()) {
      throw new AssertionError(violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n",
          target + " does not conform to the spec (" + violations.size() + " violation"
              + (violations.size() == 1 ? "" : "s") + "):\n", "")));
    }
  }
}
