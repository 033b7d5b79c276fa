package io.itwincontracts.client;

import feign.InvocationHandlerFactory;
import feign.InvocationHandlerFactory.MethodHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records, for API coverage, what each call of a generated method met and what the client made of it: every
 * attempt's status and error code ({@link CoverageRecordingClient} notes them), then the outcome: the last attempt
 * {@code returned} (or {@code returned after retry}) or {@code threw} a typed exception; the attempts before it
 * were {@code retried}. Created only when coverage is recorded; Feign's invocation handler factory is its
 * extension point (a {@code Capability} of a class that is not public cannot be called).
 */
final class CoverageCalls {
  /** An attempt of the call under way on this thread (Feign's calls are synchronous: one thread per call). */
  record Attempt(String operationId, int status, String errorCode) {}

  private static final ThreadLocal<List<Attempt>> CALL = new ThreadLocal<>();

  private final CoverageListener listener;

  CoverageCalls(CoverageListener listener) {
    this.listener = listener;
  }

  /** Notes an attempt of the call under way on this thread; nothing when no call is (a request of no method). */
  static void attempted(Attempt attempt) {
    List<Attempt> call = CALL.get();
    if (call != null) {
      call.add(attempt);
    }
  }

  /** Feign's invocation handlers of {@code factory}, each method call recorded. */
  InvocationHandlerFactory around(InvocationHandlerFactory factory) {
    return (target, dispatch) -> {
      Map<java.lang.reflect.Method, MethodHandler> recording = new LinkedHashMap<>();
      dispatch.forEach((method, handler) -> recording.put(method, args -> call(handler, args)));
      return factory.create(target, recording);
    };
  }

  private Object call(MethodHandler handler, Object[] args) throws Throwable {
    List<Attempt> outer = CALL.get();
    List<Attempt> attempts = new ArrayList<>();
    CALL.set(attempts);
    try {
      Object result = handler.invoke(args);
      record(attempts, attempts.size() > 1 ? "returned after retry" : "returned");
      return result;
    } catch (Throwable thrown) {
      record(attempts, "threw " + thrown.getClass().getSimpleName() + (attempts.size() > 1 ? " after retry" : ""));
      throw thrown;
    } finally {
      CALL.set(outer);
    }
  }

  private void record(List<Attempt> attempts, String lastOutcome) {
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      listener.exchanged(attempt.operationId(), attempt.status(), attempt.errorCode(),
          i == attempts.size() - 1 ? lastOutcome : "retried");
    }
  }
}
