package io.itwincontracts.client;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK's {@link HttpClient}, except that one {@code send} puts its request on the wire once at the most, so that
 * one attempt of {@link RetryPolicy} is one request the server sees.
 *
 * <p>Why: the JDK client resends a GET or HEAD by itself, once, when the connection closes before the first byte
 * of an answer. In JDK 17, {@code Http1Exchange.sendHeadersAsync} calls {@code Http1AsyncReceiver.setRetryOnError(true)}
 * on every exchange, the receiver turns an error with nothing received into a {@code ConnectionExpiredException},
 * and {@code MultiExchange.getExceptionalCF} retries that once for idempotent methods. A server that hangs up before
 * the status line therefore saw two GETs per attempt ({@code maxAttempts(1)}: 2 requests, 3: 6). There is no
 * per-client switch: the {@code jdk.httpclient.*} properties are JVM-wide (and one only widens the resend to every
 * method), which a library must not set under its users.
 *
 * <p>How: every exchange, HTTP/1.1, 2 and 3 alike, asks the request's body publisher for its {@code contentLength()}
 * right before it writes the request head ({@code Http1Request.headers()}, {@code Stream.sendHeadersAsync()}), and
 * the JDK's resend asks again. The publisher here answers once per {@code send}; asked again it throws, the JDK
 * drops that exchange before writing a byte, and the send fails with an {@link IOException} that the retry policy
 * judges like any other transport failure. A connect that fails is still retried by the JDK: nothing was sent.
 * Redirects, proxy and server authentication would also ask again; the client uses none of them.
 */
final class OneSendHttpClient extends HttpClient {
  private final HttpClient delegate;

  OneSendHttpClient(HttpClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    OnceOnTheWire body = new OnceOnTheWire(request);
    try {
      return delegate.send(body.request(), handler);
    } catch (IOException | RuntimeException e) {
      if (body.resendStopped()) {
        throw new IOException("connection closed before any response (not resent: one attempt, one request)", e);
      }
      throw e;
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return delegate.sendAsync(new OnceOnTheWire(request).request(), handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return delegate.sendAsync(new OnceOnTheWire(request).request(), handler, pushPromiseHandler);
  }

  // The settings are the delegate's.

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  /** The request's body publisher, answering the one-per-wire-send {@code contentLength()} question once. */
  private static final class OnceOnTheWire implements HttpRequest.BodyPublisher {
    private final HttpRequest.BodyPublisher body;
    private final HttpRequest request;
    private final AtomicInteger sends = new AtomicInteger();

    OnceOnTheWire(HttpRequest original) {
      this.body = original.bodyPublisher().orElseGet(HttpRequest.BodyPublishers::noBody);
      this.request = HttpRequest.newBuilder(original, (name, value) -> true).method(original.method(), this).build();
    }

    HttpRequest request() {
      return request;
    }

    boolean resendStopped() {
      return sends.get() > 1;
    }

    @Override
    public long contentLength() {
      if (sends.incrementAndGet() > 1) {
        throw new IllegalStateException("the HTTP client tried to send the request a second time");
      }
      return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      body.subscribe(subscriber);
    }
  }
}
