package io.itwincontracts.sandbox.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.json.SandboxJson;
import io.itwincontracts.server.error.ErrorResponse;
import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Gives every refusal Jetty makes on its own (a malformed request line, header or escape, headers or URI too
 * long, a path outside the three APIs) the documented error JSON instead of an HTML page. Jetty answers some
 * malformed requests with a 5xx (505 for an unknown HTTP version, 501 for an unknown transfer coding); those are
 * the client's mistake, so they become 400. Each such answer closes the connection and says so.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** Jetty's reasons ("Illegal character CNTL=0x1", "No Host") help a client; anything else is not shown. */
  private static final Pattern SHOWABLE_REASON = Pattern.compile("[A-Za-z][A-Za-z0-9 =!:,/()-]{0,79}");

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Throwable failure = (Throwable) request.getAttribute(ERROR_EXCEPTION);
    int status = clientStatus(response.getStatus(), failure instanceof HttpException);
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    Runnable answer = () -> write(response, callback, status, head ? null : body(status, failure));
    if (request.getLength() == 0 || request.getLength() > WholeRequestBody.DISCARDED_BYTES) {
      answer.run();
    } else {
      // Closing with the body unread would reset the connection under a client still sending it, before it
      // could read this answer: the body is read and dropped first (without blocking: this may be Jetty's thread).
      Content.Source.consumeAll(request, Callback.from(answer, unreadable -> answer.run()));
    }
    return true;
  }

  /** Sends {@code body} (null for none) as the JSON refusal with {@code status}, and closes the connection. */
  static void write(Response response, Callback callback, int status, ErrorResponse body) {
    // Jetty closes the connection after most of its own refusals, without always saying so; a client that sent
    // its next request on it would lose that request. Saying so always costs a reconnect after a refusal.
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, body == null ? null : ByteBuffer.wrap(json(body)), callback);
  }

  /** Used where Jetty cannot build a request at all (the request line itself is unreadable). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(json(body(clientStatus(status, true), null)));
  }

  /** A 5xx that judges the request's HTTP (Jetty's HttpException) is a client's mistake; a server failure stays 5xx. */
  private static int clientStatus(int status, boolean judgesTheRequest) {
    return status >= 500 && judgesTheRequest ? 400 : status;
  }

  private static ErrorResponse body(int status, Throwable failure) {
    ErrorResponse body = ErrorBodies.forStatus(status);
    if (status == 400 && failure instanceof HttpException http && http.getReason() != null
        && SHOWABLE_REASON.matcher(http.getReason()).matches() && !"Bad Request".equals(http.getReason())) {
      body.getError().message("The request is not valid HTTP: " + http.getReason() + ".");
    }
    return body;
  }

  private static byte[] json(ErrorResponse body) {
    try {
      return SandboxJson.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body could not be written", e);
    }
  }
}
