package io.itwincontracts.validator;

import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses payloads, turning JSON that does not parse into one {@link Violation} that names line and column. JSON
 * nested up to {@value #MAX_DEPTH} levels parses, as in the client and the sandbox (Jackson 2's default; Jackson 3
 * stops at 500); deeper JSON is one {@link Violation#LIMIT} violation that says so, not a syntax error.
 */
final class JsonPayloads {
  static final int MAX_DEPTH = 1000;
  private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build()).build();

  /** The parsed payload, or the violation that says why it did not parse. */
  record Parsed(JsonNode tree, List<Violation> violations) {}

  private JsonPayloads() {}

  static Parsed parse(String json) {
    try {
      return parsed(JSON.readTree(json));
    } catch (StreamConstraintsException e) {
      return beyondLimit(e);
    } catch (JacksonException e) {
      return malformed(e);
    }
  }

  static Parsed parse(InputStream json) {
    try {
      return parsed(JSON.readTree(json));
    } catch (StreamConstraintsException e) {
      return beyondLimit(e);
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
    return new Parsed(null, List.of(new Violation("", Violation.SYNTAX, "malformed JSON" + where(e) + ": "
        + withoutSourceLocation(e.getOriginalMessage()))));
  }

  private static Parsed beyondLimit(StreamConstraintsException e) {
    return new Parsed(null, List.of(new Violation("", Violation.LIMIT, "JSON beyond the parser's limit" + where(e)
        + ": " + withoutSettingName(e.getOriginalMessage()))));
  }

  private static String where(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** "…exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)": the value is enough. */
  private static String withoutSettingName(String message) {
    return message.replaceAll(", from `[^`]*`\\)", ")");
  }

  /** Jackson appends where an unclosed object started, as an internal source description: line and column say it. */
  private static String withoutSourceLocation(String message) {
    int start = message.indexOf(" (start marker at");
    return start < 0 ? message : message.substring(0, start);
  }
}
