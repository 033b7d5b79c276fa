package io.itwincontracts.sandbox.internal.http;

import io.itwincontracts.runtime.internal.JsonLimits;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads each request's body whole, up to {@link #MAX_BODY_BYTES}, before the APIs see the request. A body that
 * cannot be read is refused here with the error JSON: too large (413), cut short (400
 * {@code IncompleteRequestBody}), badly chunked (400), too slow (408). Everything after this sees a complete body
 * in memory, and no request is refused with its body unread: Jetty would then close the connection after a
 * response that did not say so, and a client that sent its next request on that connection would lose it.
 */
final class WholeRequestBody extends Handler.Wrapper {
  static final int MAX_BODY_BYTES = JsonLimits.MAX_BODY_BYTES;
  /** How much of a too-large body is read and dropped so that the client sees the 413. */
  static final long DISCARDED_BYTES = 16L * MAX_BODY_BYTES;

  WholeRequestBody(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    // HTTP/1.1: a request has a body only when it says so, with Content-Length or Transfer-Encoding
    if (request.getLength() <= 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
      return super.handle(request, response, callback);
    }
    byte[] body;
    try (InputStream in = Request.asInputStream(request)) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        // A client still sending would get a connection reset instead of the 413 if the rest stayed unread.
        discard(in, DISCARDED_BYTES);
        return tooLarge(response, callback);
      }
    } catch (IOException | RuntimeException unreadable) {
      return unreadable(request, response, callback, unreadable);
    }
    return super.handle(new InMemoryBody(request, body), response, callback);
  }

  private static void discard(InputStream in, long atMost) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    for (int n = 0; n >= 0 && read < atMost; n = in.read(buffer)) {
      read += n;
    }
  }

  private static boolean tooLarge(Response response, Callback callback) {
    JsonErrorHandler.write(response, callback, 413, ErrorBodies.errorBody("RequestTooLarge",
        "The request body is larger than " + MAX_BODY_BYTES + " bytes."));
    return true;
  }

  private static boolean unreadable(Request request, Response response, Callback callback, Throwable failure) {
    if (causedBy(failure, EOFException.class) != null) {
      JsonErrorHandler.write(response, callback, 400, ErrorBodies.errorBody("IncompleteRequestBody",
          "The request body ended before the length given in Content-Length."));
    } else if (causedBy(failure, TimeoutException.class) != null) {
      Response.writeError(request, response, callback, 408);
    } else {
      // a body that breaks HTTP's framing (a chunk size that is not hex): Jetty's HttpException names it
      Response.writeError(request, response, callback, 400, null, causedBy(failure, HttpException.class));
    }
    return true;
  }

  private static Throwable causedBy(Throwable failure, Class<?> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
    }
    return null;
  }

  /** The request with its body served from memory. */
  private static final class InMemoryBody extends Request.Wrapper {
    private Content.Chunk rest;

    InMemoryBody(Request request, byte[] body) {
      super(request);
      rest = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public synchronized Content.Chunk read() {
      Content.Chunk chunk = rest;
      rest = Content.Chunk.EOF;
      return chunk;
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }

    @Override
    public boolean consumeAvailable() {
      return true;
    }
  }
}
