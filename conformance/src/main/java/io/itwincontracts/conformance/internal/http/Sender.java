package io.itwincontracts.conformance.internal.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Sends a well-formed case to the server under test, with the JDK client, one at a time, and reads the answer. */
public final class Sender {
  private final HttpClient http;
  private final String baseUrl;
  private final Duration timeout;

  /** A sender to the server at {@code baseUrl}, each request given {@code timeout} to connect and to answer. */
  public Sender(URI baseUrl, Duration timeout) {
    this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The answer, or {@link Answer#none} saying why there was none. */
  public Answer send(Request sent) throws InterruptedException {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(baseUrl + sent.path())).timeout(timeout)
          .method(sent.method(), sent.body() == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(sent.body()));
      sent.headers().forEach(h -> request.header(h.getKey(), h.getValue()));
    } catch (IllegalArgumentException refused) {
      return Answer.none("the JDK client refuses to send it: " + refused.getMessage());
    }
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, String> headers = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      return new Answer(response.statusCode(), headers, new String(response.body(), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      return Answer.none(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }
}
