package io.itwincontracts.sandbox.internal.http;

import io.itwincontracts.sandbox.Fault;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.json.SandboxJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** What the sandbox sends for each kind of {@link Fault}. */
final class FaultyAnswers {
  private static final byte[] GATEWAY_PAGE =
      "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n"
          .getBytes(StandardCharsets.UTF_8);

  /** RFC 9110's IMF-fixdate (two-digit day), which RFC_1123_DATE_TIME does not always write. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private FaultyAnswers() {}

  /**
   * Answers {@code request} as {@code fault} says; false when the request is to be carried out after all (after a
   * delay, which this has slept).
   */
  static boolean answer(Fault fault, Request request, Response response, Callback callback) throws IOException, InterruptedException {
    switch (fault.kind()) {
      case TOO_MANY_REQUESTS -> {
        boolean edfs = request.getHttpURI().getPath().startsWith("/edfs");
        retryAfter(fault, response);
        json(response, callback, 429, edfs ? "TooManyRequests" : "RateLimitExceeded", edfs
            ? "More requests were received than the subscription rate-limit allows."
            : "The client sent more requests than allowed by this API for the current tier of the client.");
      }
      case SERVICE_UNAVAILABLE -> {
        retryAfter(fault, response);
        json(response, callback, 503, "ServiceUnavailable", "The service is temporarily unavailable.");
      }
      case EXPIRED_TOKEN -> json(response, callback, 401, "InvalidToken", "The access token has expired.");
      case NON_JSON_BODY -> {
        response.setStatus(502);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html");
        response.write(true, ByteBuffer.wrap(GATEWAY_PAGE), callback);
      }
      case DROP_MID_BODY -> {
        byte[] start = "{\"systems\": [{\"id\": \"".getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 4 * start.length);
        // failing the callback once the head and half the body are out makes Jetty abort the connection
        response.write(false, ByteBuffer.wrap(start), Callback.from(
            () -> callback.failed(new IOException("injected fault: connection dropped mid-body")), callback::failed));
      }
      case DELAY -> {
        Thread.sleep(fault.duration().toMillis());
        return false;
      }
      default -> throw new IllegalStateException("unknown fault " + fault.kind());
    }
    return true;
  }

  private static void retryAfter(Fault fault, Response response) {
    if (fault.duration().isZero()) {
      return;
    }
    long seconds = Math.max(1, (fault.duration().toMillis() + 999) / 1000);
    response.getHeaders().put("retry-after", fault.httpDate()
        ? HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(seconds))
        : Long.toString(seconds));
  }

  private static void json(Response response, Callback callback, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(SandboxJson.MAPPER.writeValueAsBytes(ErrorBodies.errorBody(code, message))),
        callback);
  }
}
