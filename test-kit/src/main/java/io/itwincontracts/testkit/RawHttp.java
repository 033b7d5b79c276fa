package io.itwincontracts.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sends bytes to a loopback port and reads one HTTP/1.1 response: status and body (fixed length, chunked, or up
 * to the end of the connection). A server that closes without answering gives status 0; one that does not answer
 * within the timeout is reported as a hang (a {@link SocketTimeoutException}). For what no HTTP client library
 * sends: malformed requests, requests split across writes.
 */
public final class RawHttp {
  /**
   * The answer to a raw request: {@code status} 0 when the server closed the connection without one, -1 when it
   * was not HTTP; {@code head} without the blank line that ends it; {@code body} decoded from UTF-8, de-chunked.
   */
  public record Answer(int status, String head, String body) {}

  private RawHttp() {}

  /**
   * Writes {@code request} on a new connection, ends the sending side and reads one response.
   *
   * @throws SocketTimeoutException when no complete answer came within {@code timeoutMillis}
   */
  public static Answer exchange(int port, byte[] request, int timeoutMillis) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (SocketException refusedMidRequest) {
        // the server may answer and close before it has read an oversized request: read what it sent
      }
      return read(socket.getInputStream());
    } catch (SocketTimeoutException e) {
      throw new SocketTimeoutException("no complete answer within " + timeoutMillis + " ms");
    }
  }

  /** Reads one response from {@code in}, an interim 100 skipped: up to its framing's end or to end of stream. */
  public static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (true) {
      Answer complete = parse(received.toByteArray(), false);
      if (complete != null) {
        return complete;
      }
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketException reset) {
        n = -1;
      }
      if (n < 0) {
        Answer partial = parse(received.toByteArray(), true);
        return partial != null ? partial : new Answer(0, "", "");
      }
      received.write(buffer, 0, n);
    }
  }

  /** A complete response in {@code bytes}, or null if more is needed ({@code ended}: the connection closed). */
  private static Answer parse(byte[] bytes, boolean ended) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return ended && !text.isEmpty() ? new Answer(statusOf(text), text, "") : null;
    }
    String head = text.substring(0, headEnd);
    String rest = text.substring(headEnd + 4);
    int status = statusOf(head);
    if (status >= 100 && status < 200) {
      // an interim answer (100 Continue): the final one follows
      return parse(Arrays.copyOfRange(bytes, headEnd + 4, bytes.length), ended);
    }
    String lower = head.toLowerCase(Locale.ROOT);
    String body;
    if (lower.contains("\ntransfer-encoding: chunked")) {
      body = dechunk(rest);
      if (body == null) {
        return ended ? new Answer(status, head, rest) : null;
      }
    } else {
      int length = contentLength(lower);
      if (length >= 0) {
        if (rest.length() < length) {
          return ended ? new Answer(status, head, rest) : null;
        }
        body = rest.substring(0, length);
      } else if (status == 204 || status == 304) {
        body = "";
      } else if (!ended) {
        return null;
      } else {
        body = rest;
      }
    }
    return new Answer(status, head, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static int statusOf(String head) {
    String[] parts = head.split(" ", 3);
    try {
      return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1].trim()) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int contentLength(String lowerHead) {
    int at = lowerHead.indexOf("\ncontent-length:");
    if (at < 0) {
      return -1;
    }
    int end = lowerHead.indexOf('\r', at + 1);
    return Integer.parseInt(lowerHead.substring(at + 16, end < 0 ? lowerHead.length() : end).trim());
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        return null;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      if (chunked.length() < lineEnd + 2 + size + 2) {
        return null;
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
