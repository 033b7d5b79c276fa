package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.route.MediaRanges;
import io.itwincontracts.sandbox.internal.route.Route;
import io.itwincontracts.sandbox.internal.route.RouteMatch;
import io.itwincontracts.sandbox.internal.route.RouteTable;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Finds the request's operation in the {@link RouteTable}, with JAX-RS's refusals in its order: no route has the
 * path 404, none with the path has the method 405 (with {@code Allow}; OPTIONS is declared by no spec, so it is
 * refused as well), a body that is not {@code application/json} 415, an {@code Accept} the operation cannot answer
 * 406. Each in the error JSON.
 */
final class RouteMatching implements Step {
  private final RouteTable routes;

  RouteMatching(RouteTable routes) {
    this.routes = routes;
  }

  @Override
  public void apply(Exchange exchange) {
    RouteMatch match = routes.match(exchange.api, exchange.method, exchange.pathInApi);
    if (match.status() == 405) {
      throw new WebApplicationException(Response.fromResponse(refusal(405))
          .header("Allow", String.join(",", match.allowed())).build());
    }
    if (match.status() != 0) {
      throw new WebApplicationException(refusal(match.status()));
    }
    Route route = match.route();
    String contentType = exchange.header.apply(HttpHeaders.CONTENT_TYPE);
    if (!route.consumes().isEmpty() && (contentType == null ? exchange.hasBody()
        : !MediaRanges.isOneOf(contentType, route.consumes()))) {
      throw new WebApplicationException(refusal(415));
    }
    String answerType = MediaRanges.of(exchange.header.apply(HttpHeaders.ACCEPT)).choose(route.produces());
    if (answerType == null) {
      throw new WebApplicationException(refusal(406));
    }
    exchange.match = match;
    exchange.responseType = answerType;
  }

  private static Response refusal(int status) {
    return ErrorBodies.response(status, ErrorBodies.forStatus(status));
  }
}
