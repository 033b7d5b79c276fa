package io.itwincontracts.contracttests;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One body an operation sends or receives: its request body ({@code status} is {@code "request"}) or one
 * documented response status, with the schema location of its JSON media type and its named examples.
 */
record Exchange(
    String api,
    String operationId,
    String method,
    String path,
    String status,
    String schemaLocation,
    Map<String, JsonNode> examples) {

  static final String REQUEST = "request";

  String describe() {
    return operationId + " " + (REQUEST.equals(status) ? "request" : "response " + status);
  }
}
