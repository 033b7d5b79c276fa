package io.itwincontracts.sandbox.internal.http;

import io.itwincontracts.sandbox.Fault;
import io.itwincontracts.sandbox.internal.route.RouteTable;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a request with an injected {@link Fault} instead of passing it on to its API, while the fault lasts. It
 * runs after the body is read and the URI judged, so a faulty answer is never mistaken for the sandbox's own
 * refusal of a bad request, and before the APIs, so the data is never changed by a request that failed.
 */
public final class FaultInjector extends Handler.Wrapper {
  private final RouteTable operations;
  private final List<Active> active = new CopyOnWriteArrayList<>();

  /** An injected fault and what is left of it. */
  private record Active(Fault fault, AtomicInteger remaining, Random random) {
    boolean appliesTo(Optional<String> operationId) {
      return fault.operationId() == null || operationId.filter(fault.operationId()::equals).isPresent();
    }

    /** Takes one use of the fault if this request draws it; false once it is used up. */
    boolean take() {
      boolean drawn;
      synchronized (random) {
        drawn = fault.fraction() >= 1 || random.nextDouble() < fault.fraction();
      }
      return drawn && remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }
  }

  /** The fault handler in front of {@code apis}, with no fault injected. */
  FaultInjector(Handler apis, RouteTable operations) {
    super(apis);
    this.operations = operations;
  }

  /** Adds a fault; the faults injected first are drawn first. */
  public void inject(Fault fault) {
    active.add(new Active(fault, new AtomicInteger(fault.times()), new Random(fault.seed())));
  }

  /** Removes every fault. */
  public void clear() {
    active.clear();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!active.isEmpty()) {
      Optional<String> operationId = operations.operationOf(request.getMethod(), request.getHttpURI().getPath());
      for (Active candidate : active) {
        if (candidate.appliesTo(operationId) && candidate.take()) {
          active.removeIf(a -> a.remaining().get() == 0);
          request.setAttribute(CoverageRecording.FAULT, candidate.fault().kind());
          if (FaultyAnswers.answer(candidate.fault(), request, response, callback)) {
            return true;
          }
          request.removeAttribute(CoverageRecording.FAULT);
          break;
        }
      }
    }
    return super.handle(request, response, callback);
  }
}
