package io.itwincontracts.validator;

import java.math.BigInteger;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A header's value as the JSON its schema reads: HTTP carries every value as text, so a value of digits stands for a
 * number (a {@code retry-after} of {@code 5}) and anything else for a string (an HTTP-date).
 */
final class HeaderValues {
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,100}");

  private HeaderValues() {}

  static JsonNode asJson(String value) {
    String trimmed = value.strip();
    return INTEGER.matcher(trimmed).matches() ? JsonNodeFactory.instance.numberNode(new BigInteger(trimmed))
        : JsonNodeFactory.instance.textNode(trimmed);
  }
}
