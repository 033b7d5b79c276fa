package io.itwincontracts.conformance.internal.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct recorded bodies of each operation and status that conform to the spec, as example files
 * ({@code <operationId>/request-N.json}, {@code <operationId>/<status>-N.json}), and those that do not: drift,
 * each with its violations and where it was recorded.
 */
public final class RecordedExamples {
  private final Map<String, Set<String>> bodies = new LinkedHashMap<>();
  private final List<String> drift = new ArrayList<>();

  /** Sorts the bodies of {@code exchanges} into examples and drift. */
  public RecordedExamples(List<RecordedExchange> exchanges, ContractValidator spec) {
    for (RecordedExchange exchange : exchanges) {
      String operation = exchange.operationId();
      if (operation == null) {
        continue;
      }
      if (exchange.requestBody() != null && exchange.status() < 400) {
        sort(operation + "/request", text(exchange.requestBody()),
            spec.validateRequest(operation, text(exchange.requestBody())), exchange, "request");
      }
      if (exchange.responseBody() != null) {
        sort(operation + "/" + exchange.status(), text(exchange.responseBody()),
            spec.validateResponse(operation, exchange.status(), exchange.responseHeaders()::get,
                exchange.responseText()),
            exchange, "response " + exchange.status());
      }
    }
  }

  private void sort(String key, String body, List<Violation> violations, RecordedExchange exchange, String what) {
    if (violations.isEmpty()) {
      bodies.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(body);
    } else {
      drift.add(exchange.where() + ": " + exchange.operationId() + " " + what + ": " + violations.stream()
          .map(Violation::toString).reduce((a, b) -> a + "; " + b).orElse(""));
    }
  }

  /** The example files to write: {@code <operationId>/<request|status>-N.json} and its content. */
  public Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    bodies.forEach((key, distinct) -> {
      int n = 0;
      for (String body : distinct) {
        files.put(key + "-" + ++n + ".json", body);
      }
    });
    return files;
  }

  /** Each recorded body that does not conform: where, what, and its violations. */
  public List<String> drift() {
    return List.copyOf(drift);
  }

  private static String text(JsonNode body) {
    try {
      return DataFile.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
