package io.itwincontracts.validator;

import java.util.List;
import java.util.Map;

/**
 * What an operation documents about its responses beyond their body schemas: every status it lists (with or
 * without a body), and for each what a response with it must keep.
 *
 * @param statuses the keys of its {@code responses}, in spec order ({@code 201}, {@code 4XX}, {@code default})
 * @param rules per key, its headers, media types and error codes
 */
record DocumentedResponses(List<String> statuses, Map<String, ResponseRules> rules) {
  static final String DEFAULT = "default";

  /**
   * The response key that documents {@code status}: the status itself, its range ({@code 4XX}), or for an error
   * status a {@code default} response (in a spec of the user's: the bundled specs list every status and have none);
   * null when none does.
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

  /**
   * What one documented response must keep.
   *
   * @param headers its declared headers
   * @param mediaTypes the media types of its {@code content} (lower case); empty for a response without a body
   * @param errorCodes its {@code x-error-codes}: the codes an error body may carry; empty when it names none
   */
  record ResponseRules(List<Header> headers, List<String> mediaTypes, List<String> errorCodes) {}

  /**
   * A declared response header.
   *
   * @param name its name, lower case
   * @param required whether the response must carry it
   * @param schemaLocation where its schema is, or null when it declares none
   * @param valid what a valid value is: its schema's description, for a message
   */
  record Header(String name, boolean required, String schemaLocation, String valid) {}
}
