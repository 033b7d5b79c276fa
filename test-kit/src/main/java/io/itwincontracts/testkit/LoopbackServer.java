package io.itwincontracts.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP/1.1 server on 127.0.0.1 and an ephemeral port, written on a raw socket so that it can misbehave at the
 * byte level a real server or proxy can (hang up before the status line or mid-body, stall, never answer, write
 * anything), as well as answer properly. It records every request it reads whole, before answering it.
 *
 * <p>Each request gets the next {@link Answer} of the script ({@link #enqueue}), or the server's fallback once the
 * script is used up: {@link #scripted()} answers 500 {@code NoScript}, {@link #answering(Answer)} the given answer
 * to every request. An answer that throws closes the connection; otherwise it stays open for the next request.
 * Request bodies are read by {@code Content-Length} only (the clients under test never chunk a request).
 */
public final class LoopbackServer implements AutoCloseable {
  /** What the server writes for one request; throwing (an {@link IOException}) hangs up the connection. */
  @FunctionalInterface
  public interface Answer {
    void write(OutputStream out) throws IOException, InterruptedException;

    /** This answer, written after {@code millis} of silence. */
    default Answer after(long millis) {
      return out -> {
        Thread.sleep(millis);
        write(out);
      };
    }
  }

  /** One request as the server read it: path without the query, header names in lower case, body as UTF-8. */
  public record Received(String method, String path, Map<String, List<String>> headers, String body, Instant at) {
    /** Every value of the header {@code name} (any case), in the order received. */
    public List<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "loopback-server");
    thread.setDaemon(true);
    return thread;
  });
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Answer fallback;

  private LoopbackServer(Answer fallback) {
    this.fallback = fallback;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.submit(this::accept);
  }

  /** A server that answers its script in order, and 500 {@code NoScript} to anything past it. */
  public static LoopbackServer scripted() {
    return new LoopbackServer(Replies.json(500, "{\"error\":{\"code\":\"NoScript\",\"message\":\"unscripted\"}}"));
  }

  /** A server that answers every request (past any script) with {@code answer}. */
  public static LoopbackServer answering(Answer answer) {
    return new LoopbackServer(answer);
  }

  /** Adds answers to the script, for the next requests in order. */
  public LoopbackServer enqueue(Answer... answers) {
    synchronized (script) {
      script.addAll(List.of(answers));
    }
    return this;
  }

  public int port() {
    return socket.getLocalPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Every request read so far, in order of arrival. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The method of every request read so far, in order. */
  public List<String> methods() {
    return received.stream().map(Received::method).toList();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException alreadyClosed) {
      // nothing to release
    }
    // closing the connections ends reads blocked on them; interrupting ends answers that stall or sleep
    open.forEach(connection -> {
      try {
        connection.close();
      } catch (IOException ignored) {
        // closed already
      }
    });
    threads.shutdownNow();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        open.add(connection);
        threads.submit(() -> serve(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      while (true) {
        Received request = RequestReader.read(in);
        if (request == null) {
          return;
        }
        received.add(request);
        next().write(connection.getOutputStream());
        connection.getOutputStream().flush();
      }
    } catch (IOException | InterruptedException hangUp) {
      // the answer hung up on purpose, the client went away, or the server is closing
    } finally {
      open.remove(connection);
    }
  }

  private Answer next() {
    synchronized (script) {
      return script.isEmpty() ? fallback : script.poll();
    }
  }
}
