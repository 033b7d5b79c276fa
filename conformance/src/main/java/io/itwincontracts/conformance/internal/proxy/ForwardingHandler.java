package io.itwincontracts.conformance.internal.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.itwincontracts.conformance.Check;
import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.conformance.internal.http.OperationRoutes;
import io.itwincontracts.conformance.internal.http.Problem;
import io.itwincontracts.conformance.internal.http.ResponseChecks;
import io.itwincontracts.runtime.internal.Redaction;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One exchange through the proxy: the request forwarded as it came (hop-by-hop headers aside), the answer passed
 * back as it came, and both held to the contract with the one engine; each violation printed at once, redacted.
 */
public final class ForwardingHandler implements HttpHandler {
  /** Hop-by-hop headers end at each hop (RFC 9110 7.6.1); the JDK client sets the framing ones itself. */
  private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "http2-settings");

  private final String target;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final ContractValidator validator;
  private final OperationRoutes routes;
  private final ResponseChecks checks;
  private final ProxySummary summary;
  private final ExchangeRecording recording;
  private final PrintWriter out;
  private final List<String> violations;
  /** Every token and credential value of the session: a server may echo one in a later answer. */
  private final Set<String> secrets = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * A handler that forwards to {@code target}, counts in {@code summary}, records in {@code recording} (null for none),
   * prints each violation to {@code out} and adds it to {@code violations}.
   */
  public ForwardingHandler(URI target, ContractValidator validator, ProxySummary summary, ExchangeRecording recording,
      PrintWriter out, List<String> violations) {
    this.target = target.toString().replaceAll("/+$", "");
    this.validator = validator;
    this.routes = new OperationRoutes(validator);
    this.checks = new ResponseChecks(validator);
    this.summary = summary;
    this.recording = recording;
    this.out = out;
    this.violations = violations;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String rawTarget = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + rawTarget)).method(method,
          body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.stream().filter(h -> !HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT)))
          .forEach(h -> request.header(h.getKey(), h.getValue()));
      HttpResponse<byte[]> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException | IllegalArgumentException e) {
        exchange.sendResponseHeaders(502, -1);
        out.println("proxy: " + method + " " + exchange.getRequestURI().getRawPath() + ": the target did not answer: " + e);
        return;
      }
      Map<String, String> received = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
          received.put(name.toLowerCase(Locale.ROOT), values.get(0));
        }
      });
      byte[] answered = response.body();
      // checked before it is passed back: when the client has its answer, the exchange's violations are reported
      Runnable count = check(method, exchange.getRequestURI().getRawPath(), rawTarget, headers, body,
          new Answer(response.statusCode(), received, new String(answered, StandardCharsets.UTF_8), null), answered);
      exchange.sendResponseHeaders(response.statusCode(), answered.length == 0 ? -1 : answered.length);
      try (OutputStream to = exchange.getResponseBody()) {
        to.write(answered);
      }
      // counted once answered: a run bounded by its number of exchanges may stop the proxy as soon as it counts
      count.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Checks, reports and records one exchange; returns how to count it once its answer has gone back. */
  private Runnable check(String method, String path, String rawTarget, List<Map.Entry<String, String>> headers,
      byte[] body, Answer answer, byte[] answered) {
    String operation = routes.operationOf(method, path).orElse(null);
    List<String> found = new ArrayList<>();
    boolean requestBroken = false;
    boolean responseBroken = false;
    if (operation != null) {
      for (Violation violation : validator.validateRequest(operation, new String(body, StandardCharsets.UTF_8))) {
        found.add(operation + " request: " + Check.REQUEST + ": " + violation);
        requestBroken = true;
      }
      for (Problem problem : checks.check(operation, answer)) {
        found.add(operation + " response " + answer.status() + ": " + problem.check() + ": expected "
            + problem.expected() + ", got " + problem.got());
        responseBroken = true;
      }
    }
    secrets.addAll(Redaction.secretsOf(headers, body));
    Redaction redaction = Redaction.of(Set.copyOf(secrets));
    for (String violation : found) {
      String line = redaction.text(violation);
      violations.add(line);
      out.println("VIOLATION " + method + " " + redaction.text(path) + ": " + line);
      out.flush();
    }
    if (recording != null) {
      recording.record(redaction, operation, method, rawTarget, headers, body, answer, found);
    }
    String counted = operation == null ? ProxySummary.NO_OPERATION : operation;
    boolean request = requestBroken;
    boolean response = responseBroken;
    return () -> {
      if (operation != null) {
        summary.covered(operation, answer.status(), answered);
      }
      summary.count(counted, request, response);
    };
  }
}
