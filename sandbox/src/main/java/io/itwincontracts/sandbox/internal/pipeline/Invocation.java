package io.itwincontracts.sandbox.internal.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.json.SandboxJson;
import io.itwincontracts.sandbox.internal.route.Route;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Calls the operation's implementation of the generated interface: the path parameters and the body, bound to the
 * generated model with the sandbox's one JSON mapping, as its arguments. A body that passed the checks and still
 * cannot be bound is the client's mistake: the operation's 422.
 */
final class Invocation {
  private static final String UNBOUND = "The request body does not match the operation's schema.";

  private final SandboxState state;

  Invocation(SandboxState state) {
    this.state = state;
  }

  /** The implementation's answer (its documented errors are thrown, as the implementations throw them). */
  Response call(Exchange exchange) throws Throwable {
    Route route = exchange.route();
    Object[] arguments = new Object[route.parameters().size()];
    for (int i = 0; i < arguments.length; i++) {
      String name = route.parameters().get(i);
      arguments[i] = name != null ? exchange.pathParameters().get(name) : body(exchange, route);
    }
    try {
      return (Response) route.method().invoke(route.api().implementation(state, exchange.user), arguments);
    } catch (InvocationTargetException thrown) {
      throw thrown.getCause();
    }
  }

  private static Object body(Exchange exchange, Route route) {
    try {
      return SandboxJson.MAPPER.readValue(exchange.body, route.bodyType());
    } catch (JacksonException unbound) {
      throw route.operation().unprocessable(List.of(ErrorBodies.detail("InvalidRequestBody", UNBOUND, null)));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
