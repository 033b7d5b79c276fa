package io.itwincontracts.contracttests.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The sandbox (an implementation of the generated interfaces) with one seeded fault: a front on 127.0.0.1 that
 * forwards every request unchanged and rewrites the answers of one operation as the fault says. Every other
 * operation, and the faulted one where the fault does not apply, answers as the sandbox does.
 */
final class FaultyFront implements AutoCloseable {
  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** An answer as the fault sees and rewrites it. */
  record Reply(int status, String contentType, String retryAfter, String body) {
    Reply with(int newStatus, String newBody) {
      return new Reply(newStatus, contentType, retryAfter, newBody);
    }
  }

  private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  private final HttpServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String target;
  private final BiPredicate<String, String> faulted;
  private final UnaryOperator<Reply> fault;

  FaultyFront(String target, String operationId, UnaryOperator<Reply> fault) {
    this.target = target;
    this.faulted = requestsOf(operationId);
    this.fault = fault;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::forward);
    server.start();
  }

  /** Whether a request (method, raw path from the root of the three APIs) calls the operation. */
  static BiPredicate<String, String> requestsOf(String operationId) {
    Operation operation = ContractValidator.bundled().operations().stream()
        .filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
    Pattern path = Pattern.compile(("/" + operation.spec().replace(".yaml", "") + operation.path())
        .replaceAll("\\{[^}]+}", "[^/]+"));
    return (method, rawPath) -> method.equals(operation.method()) && path.matcher(rawPath).matches();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] sent = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI().getRawPath()))
          .method(exchange.getRequestMethod(), sent.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(sent));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!NOT_FORWARDED.contains(name.toLowerCase())) {
          values.forEach(value -> request.header(name, value));
        }
      });
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply(response.statusCode(), response.headers().firstValue("content-type").orElse(null),
          response.headers().firstValue("retry-after").orElse(null), response.body());
      write(exchange, faulted.test(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath())
          ? fault.apply(reply) : reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    if (reply.contentType() != null) {
      exchange.getResponseHeaders().put("Content-Type", List.of(reply.contentType()));
    }
    if (reply.retryAfter() != null) {
      exchange.getResponseHeaders().put("Retry-After", List.of(reply.retryAfter()));
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
