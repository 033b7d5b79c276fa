package io.itwincontracts.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on 127.0.0.1 and an ephemeral port that answers with a script of canned replies, in order,
 * and records every request it received (method, path, headers, body, arrival time).
 */
final class ScriptedServer implements AutoCloseable {
  /** How a reply ends: normally, or by closing the connection before the status line or in the middle of the body. */
  enum Ending { COMPLETE, DROP_BEFORE_STATUS, DROP_MID_BODY }

  /** One canned answer, sent after {@code delayMillis}. */
  record Reply(int status, Map<String, String> headers, String body, Ending ending, long delayMillis) {
    Reply after(long millis) {
      return new Reply(status, headers, body, ending, millis);
    }
  }

  /** One request as the server saw it; header names are lower case. */
  record Received(String method, String path, Map<String, List<String>> headers, String body, Instant at) {
    List<String> header(String name) {
      return headers.getOrDefault(name.toLowerCase(), List.of());
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  ScriptedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static Reply reply(int status, String body, String... headerNamesAndValues) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      headers.put(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    return new Reply(status, headers, body, Ending.COMPLETE, 0);
  }

  static Reply dropMidBody() {
    return new Reply(200, Map.of("Content-Type", "application/json"), "{\"systems\": [", Ending.DROP_MID_BODY, 0);
  }

  static Reply dropBeforeStatus() {
    return new Reply(200, Map.of(), "", Ending.DROP_BEFORE_STATUS, 0);
  }

  /** A test resource of this package, such as {@code responses/systems.json}. */
  static String resource(String name) {
    try (InputStream in = ScriptedServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ScriptedServer enqueue(Reply... replies) {
    synchronized (script) {
      script.addAll(List.of(replies));
    }
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Instant arrival = Instant.now();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body,
        arrival));
    Reply reply;
    synchronized (script) {
      reply = script.isEmpty() ? reply(500, "{\"error\":{\"code\":\"NoScript\",\"message\":\"unscripted\"}}")
          : script.poll();
    }
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    if (reply.ending() == Ending.DROP_BEFORE_STATUS) {
      throw new IOException("connection dropped before the status line on purpose");
    }
    if (reply.ending() == Ending.DROP_MID_BODY) {
      exchange.sendResponseHeaders(reply.status(), bytes.length + 1000L);
      exchange.getResponseBody().write(bytes);
      exchange.getResponseBody().flush();
      throw new IOException("connection dropped mid-response on purpose");
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
