package io.itwincontracts.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads each response body inside the client call. A connection that drops mid-body then fails as an I/O error
 * of the exchange, which {@link RetryPolicy} judges by method (a GET is retried, a POST is not), instead of
 * surfacing later as a Feign decode error that no retry rule sees. The read timeout bounds the body too: the JDK
 * client's timeout ends with the status line, so a server that stalls mid-body would otherwise hang the caller
 * for ever. An error body is read only as far as {@link ErrorBodyReader} looks at it.
 */
final class BufferingClient implements Client {
  /** An error body is read this far and no further: its message is an excerpt anyway. */
  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final Client delegate;
  private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "itwin-client-body-reader");
    thread.setDaemon(true);
    return thread;
  });

  BufferingClient(Client delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    if (response.body() == null) {
      return response;
    }
    InputStream body = response.body().asInputStream();
    int limit = response.status() >= 400 ? MAX_ERROR_BODY_BYTES : Integer.MAX_VALUE;
    Future<byte[]> read = readers.submit(() -> body.readNBytes(limit));
    try {
      return response.toBuilder().body(read.get(options.readTimeoutMillis(), TimeUnit.MILLISECONDS)).build();
    } catch (TimeoutException stalled) {
      throw new HttpTimeoutException("response body not received within the read timeout ("
          + options.readTimeoutMillis() + " ms)");
    } catch (ExecutionException failed) {
      throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause().getMessage(), failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the response body");
    } finally {
      // wakes a reader still blocked on a stalled connection and releases the connection
      read.cancel(true);
      body.close();
    }
  }
}
