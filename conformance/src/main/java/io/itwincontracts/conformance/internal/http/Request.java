package io.itwincontracts.conformance.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A well-formed HTTP request as verify sends it with the JDK client and the fuzz run sends or writes it: valid or
 * not, it is a request any client could send.
 *
 * @param method the HTTP method
 * @param path the request target from the API's base path on, e.g. {@code /edfs/itwins/1/systems}
 * @param headers the headers, in order
 * @param body the body, or null for none
 */
public record Request(String method, String path, List<Map.Entry<String, String>> headers, byte[] body) {
  /** Copies the headers: a case is sent, written and redacted later, and must not change in between. */
  public Request {
    headers = List.copyOf(headers);
  }

  /**
   * The request as an HTTP/1.1 message to 127.0.0.1 that asks the server to close after answering: the bytes a
   * replay file holds, to replay with {@code nc 127.0.0.1 PORT}.
   */
  public byte[] bytes() {
    StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n");
    headers.forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
    byte[] payload = body == null ? new byte[0] : body;
    head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    message.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    message.writeBytes(payload);
    return message.toByteArray();
  }
}
