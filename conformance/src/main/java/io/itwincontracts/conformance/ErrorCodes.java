package io.itwincontracts.conformance;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Example;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error codes the pages name for each operation and status: the {@code error.code} of the specs' examples of
 * that response (the pages show one example per error response, and their codes are the only ones they name).
 * A status documented only by {@code default} names no code: it stands for many statuses.
 */
final class ErrorCodes {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Set<String>> codes = new HashMap<>();

  ErrorCodes(ContractValidator validator) {
    for (Example example : validator.examples()) {
      String operation = example.target().operationId();
      String status = example.target().status();
      String code = codeOf(example.json());
      if (operation != null && status != null && status.matches("[45]\\d\\d") && code != null) {
        codes.computeIfAbsent(operation + " " + status, k -> new TreeSet<>()).add(code);
      }
    }
  }

  /** The codes named for this operation and exact status; empty when the pages name none. */
  Set<String> documented(String operationId, int status) {
    return codes.getOrDefault(operationId + " " + status, Set.of());
  }

  /** The {@code error.code} of an error body, or null when it has none. */
  static String codeOf(String body) {
    try {
      JsonNode code = JSON.readTree(body).path("error").path("code");
      return code.isString() ? code.asString() : null;
    } catch (JacksonException | IllegalArgumentException notJson) {
      return null;
    }
  }
}
