package io.itwincontracts.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Answers paths outside the three APIs' base paths with the documented error JSON (404), where the JDK server
 * would answer a plain-text "No context found".
 */
final class FallbackHandler implements HttpHandler {
  private static final byte[] NOT_FOUND = ("{\"error\":{\"code\":\"NotFound\","
      + "\"message\":\"The requested resource was not found.\"}}").getBytes(StandardCharsets.UTF_8);

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      exchange.sendResponseHeaders(404, head ? -1 : NOT_FOUND.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(NOT_FOUND);
        }
      }
    }
  }
}
