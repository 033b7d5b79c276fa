package io.itwincontracts.validator;

import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses payloads, turning JSON that does not parse into one {@link Violation} that names line and column. */
final class JsonPayloads {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The parsed payload, or the violation that says why it did not parse. */
  record Parsed(JsonNode tree, List<Violation> violations) {}

  private JsonPayloads() {}

  static Parsed parse(String json) {
    try {
      return parsed(JSON.readTree(json));
    } catch (JacksonException e) {
      return malformed(e);
    }
  }

  static Parsed parse(InputStream json) {
    try {
      return parsed(JSON.readTree(json));
    } catch (JacksonException e) {
      return malformed(e);
    }
  }

  private static Parsed parsed(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      return new Parsed(null, List.of(new Violation("", Violation.SYNTAX, "empty payload: no JSON value")));
    }
    return new Parsed(tree, List.of());
  }

  private static Parsed malformed(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new Parsed(null, List.of(new Violation("", Violation.SYNTAX, "malformed JSON" + where + ": "
        + withoutSourceLocation(e.getOriginalMessage()))));
  }

  /** Jackson appends where an unclosed object started, as an internal source description: line and column say it. */
  private static String withoutSourceLocation(String message) {
    int start = message.indexOf(" (start marker at");
    return start < 0 ? message : message.substring(0, start);
  }
}
