package io.itwincontracts.sandbox.internal.route;

import java.util.List;
import java.util.Map;

/**
 * The outcome of matching a request: its route and path parameters, or the status that says why it has none.
 *
 * @param status 0 when matched, else 404 or 405
 * @param route the route, when matched
 * @param pathParameters the decoded path parameters by name, when matched
 * @param allowed the methods the path has, for a 405's {@code Allow} header
 */
public record RouteMatch(int status, Route route, Map<String, String> pathParameters, List<String> allowed) {
  static RouteMatch matched(Route route, Map<String, String> pathParameters) {
    return new RouteMatch(0, route, pathParameters, List.of());
  }

  static RouteMatch notFound() {
    return new RouteMatch(404, null, Map.of(), List.of());
  }

  static RouteMatch methodNotAllowed(List<String> allowed) {
    return new RouteMatch(405, null, Map.of(), allowed);
  }
}
