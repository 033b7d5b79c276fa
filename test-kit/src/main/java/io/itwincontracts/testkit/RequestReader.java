package io.itwincontracts.testkit;

import io.itwincontracts.testkit.LoopbackServer.Received;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one HTTP/1.1 request off a connection for {@link LoopbackServer}: the head, then a Content-Length body. */
final class RequestReader {
  private RequestReader() {}

  /** The next request on {@code in}, or null when the client closed the connection before one. */
  static Received read(InputStream in) throws IOException {
    String head = readHead(in);
    if (head == null) {
      return null;
    }
    Instant at = Instant.now();
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ", 3);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", List.of("0")).get(0));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    String target = requestLine.length > 1 ? requestLine[1] : "";
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    headers.replaceAll((name, values) -> List.copyOf(values));
    return new Received(requestLine[0], path, Collections.unmodifiableMap(headers), body, at);
  }

  /** Reads up to and including the blank line that ends a head (ISO-8859-1); null at end of stream before it. */
  static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      head.append((char) b);
      if (b == '\n' && head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        return head.toString();
      }
    }
    return null;
  }
}
