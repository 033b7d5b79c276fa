package io.itwincontracts.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feign's transport: one exchange of the JDK client, the body read whole inside the call. A connection that drops
 * mid-body fails as an I/O error of the exchange, which {@link RetryPolicy} judges by method (a GET is retried, a
 * POST is not), instead of a later decode error no retry rule sees. The read timeout bounds the head (the JDK's
 * request timeout) and then, again, the body. An error body is read only as far as {@link ErrorBodyReader} looks.
 *
 * <p>The JDK client's own threads read the body, with the JDK's own byte-array subscriber, which the JDK runs on the
 * thread that read the bytes ({@link BodyDeadlines} bounds it), and the caller waits once, as in a bare
 * {@code HttpClient.send}, instead of Feign's {@code Http2Client} handing an {@code InputStream} to a reader thread
 * of ours that the caller then waited for.
 */
final class JdkHttpTransport implements Client {
  /** An error body is read this far and no further: its message is an excerpt anyway. */
  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    RESTRICTED.addAll(Set.of("connection", "content-length", "expect", "host", "upgrade"));
  }

  private final OneSendHttpClient http;
  private final BodyDeadlines deadlines;

  JdkHttpTransport(OneSendHttpClient http, BodyDeadlines deadlines) {
    this.http = http;
    this.deadlines = deadlines;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    int readTimeout = options.readTimeoutMillis();
    BodyDeadlines.Deadline body = deadlines.forCurrentThread(readTimeout);
    try {
      return feignResponse(request, http.send(jdkRequest(request, options), head -> {
        body.start();
        return head.statusCode() >= 400 ? new CappedBytes(MAX_ERROR_BODY_BYTES) : BodySubscribers.ofByteArray();
      }));
    } catch (InterruptedException interrupted) {
      if (body.stop()) {
        throw bodyTimedOut(readTimeout, null);
      }
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the response");
    } catch (IOException failed) {
      // the exchange the deadline cancelled may also end as an I/O error: it is still the read timeout
      if (body.stop()) {
        throw bodyTimedOut(readTimeout, failed);
      }
      throw failed;
    } finally {
      body.stop();
    }
  }

  private static HttpTimeoutException bodyTimedOut(int readTimeout, IOException cause) {
    HttpTimeoutException timeout = new HttpTimeoutException("response body not received within the read timeout ("
        + readTimeout + " ms)");
    if (cause != null) {
      timeout.initCause(cause);
    }
    return timeout;
  }

  private static HttpRequest jdkRequest(Request request, Request.Options options) throws IOException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(request.url()));
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid URL " + request.url(), e);
    }
    builder.timeout(Duration.ofMillis(options.readTimeoutMillis()));
    boolean accept = false;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (!RESTRICTED.contains(header.getKey())) {
        header.getValue().forEach(value -> builder.header(header.getKey(), value));
        accept |= "accept".equalsIgnoreCase(header.getKey());
      }
    }
    if (!accept) {
      builder.header("Accept", "*/*");
    }
    byte[] body = request.body();
    return builder.method(request.httpMethod().name(), body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  private static Response feignResponse(Request request, HttpResponse<byte[]> response) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    response.headers().map().forEach(headers::put);
    return Response.builder()
        .status(response.statusCode())
        .reason(response.headers().firstValue("Reason-Phrase").orElse(null))
        .headers(headers)
        .body(response.body())
        .request(request)
        .protocolVersion(response.version() == HttpClient.Version.HTTP_2 ? Request.ProtocolVersion.HTTP_2
            : Request.ProtocolVersion.HTTP_1_1)
        .build();
  }
}
