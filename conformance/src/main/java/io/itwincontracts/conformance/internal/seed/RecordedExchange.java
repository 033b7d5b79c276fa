package io.itwincontracts.conformance.internal.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * One line of a proxy recording: where it is, and what passed.
 *
 * @param file the recording
 * @param line its line number, from 1
 * @param time when the proxy recorded it (ISO-8601), for the order across recordings
 * @param operationId the operation, or null for a path no spec declares
 * @param rawPath the request's path, percent-encoded, without its query
 * @param query the request's query, or null
 * @param requestBody the request body as JSON, or null when it had none or it was not JSON
 * @param status the answer's status
 * @param responseBody the answer's body as JSON, or null when it had none or it was not JSON
 * @param responseText the answer's body as text (empty when none)
 * @param responseHeaders the answer's headers, names in lower case
 */
public record RecordedExchange(Path file, int line, String time, String operationId, String rawPath, String query,
    JsonNode requestBody, int status, JsonNode responseBody, String responseText, Map<String, String> responseHeaders) {
  /** {@code FILE line N}, for messages. */
  public String where() {
    return file + " line " + line;
  }
}
