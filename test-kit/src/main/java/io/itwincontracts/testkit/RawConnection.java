package io.itwincontracts.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One loopback connection driven by hand, for what {@link RawHttp#exchange} cannot show: a request written in
 * several pieces, what the server sent before the rest arrived (an interim 100 Continue), several answers on one
 * connection.
 */
public final class RawConnection implements AutoCloseable {
  private final Socket socket;

  private RawConnection(Socket socket) {
    this.socket = socket;
  }

  /** Connects to {@code port} on loopback; every later read gives up after {@code timeoutMillis}. */
  public static RawConnection open(int port, int timeoutMillis) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(timeoutMillis);
    return new RawConnection(socket);
  }

  /** Writes and flushes {@code text} as UTF-8 (ASCII for a head). */
  public RawConnection send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return this;
  }

  /**
   * The next response head the server sends, up to and including the blank line that ends it (ISO-8859-1), such as
   * an interim {@code 100 Continue}: waits for it at most the timeout, then throws a
   * {@link java.net.SocketTimeoutException}; null if the server closed the connection first.
   */
  public String readHead() throws IOException {
    return RequestReader.readHead(socket.getInputStream());
  }

  /** Everything the server sends until it closes the connection, as UTF-8. */
  public String readToEnd() throws IOException {
    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
