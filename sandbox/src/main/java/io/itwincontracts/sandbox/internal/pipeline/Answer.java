package io.itwincontracts.sandbox.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.itwincontracts.sandbox.internal.json.SandboxJson;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer as it goes on the wire: status, headers and the body written whole (its length is the
 * {@code Content-Length}).
 *
 * @param status the status
 * @param contentType the body's media type, or null for no body
 * @param headers the other headers, in order
 * @param body the body's bytes, empty for none
 */
public record Answer(int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
  /**
   * {@code response} written: its entity as JSON with the sandbox's one mapping (text as it is), in its own media
   * type or else {@code negotiated}.
   */
  static Answer of(Response response, String negotiated) {
    Object entity = response.getEntity();
    byte[] body;
    try {
      body = entity == null ? new byte[0] : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
          : SandboxJson.MAPPER.writeValueAsBytes(entity);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException("an answer's entity cannot be written as JSON", unwritable);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    response.getStringHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
        values.forEach(value -> headers.add(Map.entry(name, value)));
      }
    });
    String type = entity == null ? null : response.getMediaType() != null ? response.getMediaType().toString()
        : negotiated != null ? negotiated : "application/json";
    return new Answer(response.getStatus(), type, headers, body);
  }

  /** A header's value by name in any case, the content type included; null when it has none. */
  public String header(String name) {
    if ("content-type".equalsIgnoreCase(name)) {
      return contentType;
    }
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }
}
