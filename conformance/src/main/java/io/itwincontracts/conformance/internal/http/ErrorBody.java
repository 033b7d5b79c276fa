package io.itwincontracts.conformance.internal.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.itwincontracts.runtime.internal.JsonLimits;
import java.util.ArrayList;
import java.util.List;

/** What a case's expectation reads of an error body: its {@code error.code} and the targets of its details. */
public final class ErrorBody {
  /** A server's answer is read within the products' one set of JSON limits. */
  private static final JsonMapper JSON = JsonLimits.mapper().build();

  private ErrorBody() {}

  /** The {@code error.code} of an error body, or null when it has none. */
  public static String code(String body) {
    JsonNode code = error(body).path("code");
    return code.isTextual() ? code.asText() : null;
  }

  /** The {@code target} of every entry of {@code error.details}. */
  public static List<String> detailTargets(String body) {
    List<String> targets = new ArrayList<>();
    error(body).path("details").forEach(detail -> {
      if (detail.path("target").isTextual()) {
        targets.add(detail.path("target").asText());
      }
    });
    return targets;
  }

  private static JsonNode error(String body) {
    try {
      return JSON.readTree(body).path("error");
    } catch (JacksonException | IllegalArgumentException notJson) {
      return JSON.missingNode();
    }
  }
}
