package io.itwincontracts.validator;

import java.util.List;
import java.util.Map;

/**
 * What an operation documents about its responses beyond their schemas: every status it lists (with or without a
 * body, {@code default} included), and the headers each one requires.
 *
 * @param statuses the keys of its {@code responses}, in spec order ({@code 201}, {@code 4XX}, {@code default})
 * @param requiredHeaders per key, the names (lower case) of the headers declared {@code required: true}
 */
record DocumentedResponses(List<String> statuses, Map<String, List<String>> requiredHeaders) {
  static final String DEFAULT = "default";

  /**
   * The response key that documents {@code status}: the status itself, its range ({@code 4XX}), or for an error
   * status the {@code default} response; null when none does. A success or redirect status must be listed: in
   * these specs {@code default} is the refusal of a request ({@code RequestRefused}), which is never a success.
   */
  String keyFor(int status) {
    String exact = String.valueOf(status);
    if (statuses.contains(exact)) {
      return exact;
    }
    String range = status / 100 + "XX";
    if (statuses.contains(range)) {
      return range;
    }
    return status >= 400 && statuses.contains(DEFAULT) ? DEFAULT : null;
  }
}
