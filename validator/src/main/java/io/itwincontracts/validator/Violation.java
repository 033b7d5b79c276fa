package io.itwincontracts.validator;

/**
 * One way a payload breaks its schema.
 *
 * @param pointer the JSON pointer (RFC 6901) of the offending value; for a missing or an unknown property, the
 *     pointer of that property; the empty string is the whole payload
 * @param keyword the schema keyword that failed ({@code maxLength}, {@code required}, …), or {@code syntax} for
 *     JSON that does not parse, or {@code limit} for JSON beyond what the parser reads (nested deeper than
 *     {@value JsonPayloads#MAX_DEPTH} levels)
 * @param message a plain-language description
 */
public record Violation(String pointer, String keyword, String message) {
  /** The keyword of a payload that is not well-formed JSON. */
  public static final String SYNTAX = "syntax";
  /** The keyword of well-formed JSON that the parser refuses to read: too deeply nested, or a value too long. */
  public static final String LIMIT = "limit";

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
  }
}
