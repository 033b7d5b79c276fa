package io.itwincontracts.sandbox.internal.http;

import io.itwincontracts.runtime.internal.ErrorCode;
import io.itwincontracts.sandbox.internal.route.RouteTable;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Records each answer to an operation's request for API coverage: operation, status, the error body's code, and
 * whether an injected fault gave it. Outermost of the sandbox's handlers, so it sees every answer it gives, its HTTP
 * refusals (413, 400 ...) included. With no recorder set it only passes the request on.
 */
public final class CoverageRecording extends Handler.Wrapper {
  /** The request attribute a fault's answer carries, so that its status is counted as the fault's. */
  static final String FAULT = CoverageRecording.class.getName() + ".fault";

  private final RouteTable operations;
  private volatile CoverageRecorder recorder;

  CoverageRecording(Handler next, RouteTable operations) {
    super(next);
    this.operations = operations;
  }

  /** Records into {@code recorder} from now on; null stops recording. */
  public void recordInto(CoverageRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    CoverageRecorder into = recorder;
    Optional<String> operationId = into == null ? Optional.empty()
        : operations.operationOf(request.getMethod(), request.getHttpURI().getPath());
    if (operationId.isEmpty()) {
      return super.handle(request, response, callback);
    }
    // recorded as the last bytes are handed to Jetty, before the client can have them (a test that reads the
    // coverage right after its last answer finds it there), or when the exchange ends without them
    AnswerRecord answer = new AnswerRecord(request, response, into, operationId.get());
    return super.handle(request, answer, new Callback.Nested(callback) {
      @Override
      public void succeeded() {
        answer.record();
        super.succeeded();
      }

      @Override
      public void failed(Throwable x) {
        answer.record();
        super.failed(x);
      }
    });
  }

  /** One answer, recorded once: keeps the first bytes of an error body, where its code is. */
  private static final class AnswerRecord extends Response.Wrapper {
    private final byte[] start = new byte[ErrorCode.BYTES_NEEDED];
    private final CoverageRecorder into;
    private final String operationId;
    private final AtomicBoolean recorded = new AtomicBoolean();
    private int length;
    private long written;

    AnswerRecord(Request request, Response wrapped, CoverageRecorder into, String operationId) {
      super(request, wrapped);
      this.into = into;
      this.operationId = operationId;
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      int bytes = content == null ? 0 : content.remaining();
      if (bytes > 0 && getStatus() >= 400 && length < start.length) {
        ByteBuffer copy = content.slice();
        int n = Math.min(copy.remaining(), start.length - length);
        copy.get(start, length, n);
        length += n;
      }
      written += bytes;
      // the body's last bytes: a write that says so, or the one that fills the declared length (a handler's last
      // write need not say so; Jetty completes the response after it, when the client may already have read it)
      long declared = getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
      if (last || declared >= 0 && written >= declared) {
        record();
      }
      super.write(last, content, callback);
    }

    void record() {
      if (recorded.compareAndSet(false, true)) {
        into.record(operationId, getStatus(), length == 0 ? null : ErrorCode.of(start, length),
            getRequest().getAttribute(FAULT) != null, null);
      }
    }
  }
}
