package io.itwincontracts.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One bad request of the fuzz run. A well-formed HTTP request is sent by the JDK client (method, path, headers,
 * body); a malformed one ({@link #raw()} not null) is written byte for byte to a socket, because no HTTP client
 * sends an oversized header or a broken request line.
 *
 * @param name what was broken and where, e.g. {@code createSystem /name: string past maxLength 200}
 * @param method the HTTP method of a well-formed request, else null
 * @param path the request target of a well-formed request (from the API's base path on), else null
 * @param headers the headers of a well-formed request, in order
 * @param body the body of a well-formed request, or null for none
 * @param raw the bytes of a malformed request, else null
 */
public record FuzzCase(String name, String method, String path, List<Map.Entry<String, String>> headers, byte[] body,
    byte[] raw) {

  static FuzzCase http(String name, String method, String path, List<Map.Entry<String, String>> headers,
      byte[] body) {
    return new FuzzCase(name, method, path, List.copyOf(headers), body, null);
  }

  static FuzzCase raw(String name, byte[] request) {
    return new FuzzCase(name, null, null, List.of(), null, request);
  }

  /**
   * The request as an HTTP/1.1 message, to replay with {@code nc 127.0.0.1 PORT < file} or to read; the file
   * starts with a comment line naming the case, seed and problem (strip it before replaying).
   */
  public Path writeTo(Path directory, long seed, int index, String problem) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(String.format("case-%05d.http", index));
    byte[] request = bytes();
    byte[] comment = ("# " + (name + " (fuzz.seed=" + seed + "): " + problem).replaceAll("[\\r\\n]", " ") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    return Files.write(file, BodyMutations.concat(comment, request));
  }

  /** The request as it goes on the wire: the raw bytes, or the HTTP/1.1 message of a well-formed case. */
  public byte[] bytes() {
    return raw != null ? raw : message();
  }

  private byte[] message() {
    StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n");
    headers.forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
    byte[] payload = body == null ? new byte[0] : body;
    head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
    return BodyMutations.concat(head.toString().getBytes(StandardCharsets.UTF_8), payload);
  }

  @Override
  public String toString() {
    return name;
  }
}
