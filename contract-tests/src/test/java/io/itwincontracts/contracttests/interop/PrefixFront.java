package io.itwincontracts.contracttests.interop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's layout in front of mocks that serve one API each at their root: {@code /edfs/...} goes to the EDFS
 * mock as {@code /...}, and so on. A client rooted at {@code /prefer-code-404} has {@code Prefer: code=404} added
 * to each request, Prism's way of choosing a documented status; nothing else of a request or response is changed.
 */
final class PrefixFront implements AutoCloseable {
  private static final Pattern TARGET = Pattern.compile("(?:/prefer-code-(\\d{3}))?/([^/]+)(/.*)?");
  /** Headers the JDK client sets itself, and hop-by-hop headers that end at each hop. */
  private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  private final HttpServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Map<String, String> rootsByApi;

  /** @param rootsByApi the mock serving each API, by its base path without the slash ({@code edfs}) */
  PrefixFront(Map<String, String> rootsByApi) {
    this.rootsByApi = Map.copyOf(rootsByApi);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::forward);
    // several at once, so that a request the mock leaves unanswered holds up only itself
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The root for a client; with {@code preferCode}, every request through it asks the mock for that status. */
  String baseUrl(Integer preferCode) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + (preferCode == null ? "" : "/prefer-code-" + preferCode);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher target = TARGET.matcher(exchange.getRequestURI().getRawPath());
      String root = target.matches() ? rootsByApi.get(target.group(2)) : null;
      if (root == null) {
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      String query = exchange.getRequestURI().getRawQuery();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + (target.group(3) == null ? "/" : target.group(3))
              + (query == null ? "" : "?" + query)))
          .method(exchange.getRequestMethod(), body(exchange.getRequestBody().readAllBytes()))
          .timeout(Duration.ofSeconds(30));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!NOT_FORWARDED.contains(name.toLowerCase())) {
          values.forEach(value -> request.header(name, value));
        }
      });
      if (target.group(1) != null) {
        request.header("Prefer", "code=" + target.group(1));
      }
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response.headers().map().forEach((name, values) -> {
        if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      byte[] body = response.body();
      exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static HttpRequest.BodyPublisher body(byte[] bytes) {
    return bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes);
  }
}
