package io.itwincontracts.testkit;

import io.itwincontracts.testkit.LoopbackServer.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link Answer}s tests script a {@link LoopbackServer} with: proper replies, and the ways a server or proxy
 * fails a client (hang up before the status line or mid-body, stall, never answer, write anything).
 */
public final class Replies {
  private Replies() {}

  /**
   * A complete reply with a JSON content type unless {@code headerNamesAndValues} (name, value, name, value...)
   * gives another one, and a Content-Length.
   */
  public static Answer json(int status, String body, String... headerNamesAndValues) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      headers.put(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Scripted\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
    return raw(head.toString().getBytes(StandardCharsets.UTF_8), bytes);
  }

  /** Writes exactly these bytes (a head, a body, anything) and keeps the connection. */
  public static Answer raw(byte[]... parts) {
    return out -> {
      for (byte[] part : parts) {
        out.write(part);
      }
      out.flush();
    };
  }

  /** {@link #raw(byte[]...)} of a string's UTF-8 bytes. */
  public static Answer raw(String text) {
    return raw(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Closes the connection without a byte of answer, as a server that crashed or a proxy that gave up. */
  public static Answer hangUp() {
    return out -> {
      throw new IOException("hung up before the status line on purpose");
    };
  }

  /** A 200 whose Content-Length promises more than the body fragment sent before the connection closes. */
  public static Answer hangUpMidBody() {
    return out -> {
      head200Promising500(out);
      throw new IOException("hung up mid-body on purpose");
    };
  }

  /** A 200 whose body stops after a fragment; the connection stays open and silent for a minute. */
  public static Answer stallMidBody() {
    return out -> {
      head200Promising500(out);
      Thread.sleep(60_000);
    };
  }

  /** Reads the request and never answers (for a minute, or until the server closes). */
  public static Answer never() {
    return out -> Thread.sleep(60_000);
  }

  /** A UTF-8 resource next to {@code anchor}'s class file, such as {@code responses/systems.json}. */
  public static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name + " next to " + anchor.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void head200Promising500(java.io.OutputStream out) throws IOException {
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"systems\": [")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
