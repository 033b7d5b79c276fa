package io.itwincontracts.validator;

/**
 * One way a payload breaks its schema.
 *
 * @param pointer the JSON pointer (RFC 6901) of the offending value; for a missing or an unknown property, the
 *     pointer of that property; the empty string is the whole payload
 * @param keyword the schema keyword that failed ({@code maxLength}, {@code required}, …), or {@code syntax} for
 *     JSON that does not parse, or {@code limit} for JSON beyond what the parser reads (nested deeper than
 *     1,000 levels), or for a response {@code status} (a status its operation does not
 *     lists), {@code header} (a header missing though required, or not valid against its schema),
 *     {@code media-type} (a content type the status does not offer) or {@code error-code} (an error code the status
 *     does not give)
 * @param message a plain-language description
 */
public record Violation(String pointer, String keyword, String message) {
  /** The keyword of a payload that is not well-formed JSON. */
  public static final String SYNTAX = "syntax";
  /** The keyword of well-formed JSON that the parser refuses to read: too deeply nested, or a value too long. */
  public static final String LIMIT = "limit";
  /** The keyword of a response whose status its operation does not list. */
  public static final String STATUS = "status";
  /** The keyword of a response that lacks a header its status requires, or whose value breaks its schema. */
  public static final String HEADER = "header";
  /** The keyword of a response body whose content type is not a media type its status offers. */
  public static final String MEDIA_TYPE = "media-type";
  /** The keyword of an error body whose code is not one its status gives ({@code x-error-codes}). */
  public static final String ERROR_CODE = "error-code";

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
  }
}
