package io.itwincontracts.contracttests.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, at the byte level a real server or proxy can: it reads
 * each request whole (recording its method), then lets a {@link Misbehaviour} write whatever it likes to the
 * socket, or nothing at all.
 */
final class MisbehavingServer implements AutoCloseable {
  /** What the server does once it has read a request. */
  @FunctionalInterface
  interface Misbehaviour {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newCachedThreadPool();
  private final List<String> methods = new CopyOnWriteArrayList<>();
  private final Misbehaviour misbehaviour;

  MisbehavingServer(Misbehaviour misbehaviour) {
    this.misbehaviour = misbehaviour;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    connections.submit(this::accept);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** The method of every request received, in order. */
  List<String> methods() {
    return List.copyOf(methods);
  }

  private Void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.submit(() -> serve(connection));
      } catch (IOException closed) {
        return null;
      }
    }
    return null;
  }

  private Void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return null;
        }
        methods.add(head.substring(0, head.indexOf(' ')));
        in.readNBytes(contentLength(head));
        misbehaviour.answer(connection.getOutputStream());
      }
    } catch (IOException | InterruptedException gone) {
      return null;
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\r\n\r\n")) {
        return text;
      }
    }
    return null;
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return 0;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
    connections.shutdownNow();
  }
}
