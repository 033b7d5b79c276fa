package io.itwincontracts.validator;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.itwincontracts.runtime.internal.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Parses payloads, turning JSON that does not parse into one {@link Violation} that names line and column. JSON
 * nested up to {@value JsonLimits#MAX_DEPTH} levels parses, as in the client and the sandbox (the limit is
 * {@link JsonLimits}'); deeper JSON is one {@link Violation#LIMIT} violation that says so, not a syntax error.
 */
final class JsonPayloads {
  // a second value after the first is malformed, not ignored
  private static final JsonMapper JSON = JsonLimits.mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** The parsed payload, or the violation that says why it did not parse. */
  record Parsed(JsonNode tree, List<Violation> violations) {}

  /** One way to read a payload: from text or from a stream. */
  @FunctionalInterface
  private interface Source {
    JsonNode read(JsonMapper mapper) throws IOException;
  }

  private JsonPayloads() {}

  static Parsed parse(String json) {
    return parse(mapper -> mapper.readTree(json));
  }

  static Parsed parse(InputStream json) {
    return parse(mapper -> mapper.readTree(json));
  }

  private static Parsed parse(Source source) {
    try {
      return parsed(source.read(JSON));
    } catch (StreamConstraintsException e) {
      return beyondLimit(e);
    } catch (JsonProcessingException e) {
      return malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the payload", e);
    }
  }

  private static Parsed parsed(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      return new Parsed(null, List.of(new Violation("", Violation.SYNTAX, "empty payload: no JSON value")));
    }
    return new Parsed(tree, List.of());
  }

  private static Parsed malformed(JsonProcessingException e) {
    return new Parsed(null, List.of(new Violation("", Violation.SYNTAX, "malformed JSON" + where(e) + ": "
        + withoutSourceLocation(e.getOriginalMessage()))));
  }

  private static Parsed beyondLimit(StreamConstraintsException e) {
    return new Parsed(null, List.of(new Violation("", Violation.LIMIT, "JSON beyond the parser's limit" + where(e)
        + ": " + withoutSettingName(e.getOriginalMessage()))));
  }

  private static String where(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** "…exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)": the value is enough. */
  private static String withoutSettingName(String message) {
    return message.replaceAll(", from `[^`]*`\\)", ")");
  }

  /** Jackson appends where an unclosed object started, as an internal source description: line and column say it. */
  private static String withoutSourceLocation(String message) {
    int start = message.indexOf(" (start marker at");
    return withoutBinding(start < 0 ? message : message.substring(0, start));
  }

  /**
   * "Trailing token … found after value (bound as `…JsonNode`)": the parser's own class is no business of a user's;
   * and JSON calls them property names, as the validator's messages always have.
   */
  private static String withoutBinding(String message) {
    return message.replaceAll(" \\(bound as `[^`]*`\\)", "").replace("field name", "property name");
  }
}
