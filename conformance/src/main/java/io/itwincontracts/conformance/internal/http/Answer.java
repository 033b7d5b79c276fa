package io.itwincontracts.conformance.internal.http;

import java.util.Locale;
import java.util.Map;

/**
 * A server's answer as the checks read it.
 *
 * @param status the status, or 0 when there was no answer (then {@code failure} says why)
 * @param headers the first value of each header, by lower-case name
 * @param body the body as UTF-8 text, empty for none
 * @param failure why there was no answer (a timeout, a refused connection), or null
 */
public record Answer(int status, Map<String, String> headers, String body, String failure) {
  /** No answer, and why. */
  public static Answer none(String failure) {
    return new Answer(0, Map.of(), "", failure);
  }

  /** The header's value by any case of its name, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** For a person: the status and, for an error, its code. */
  public String summary() {
    if (status == 0) {
      return "no answer (" + failure + ")";
    }
    String code = ErrorBody.code(body);
    return status + (code == null ? "" : " " + code);
  }
}
