package io.itwincontracts.conformance;

import io.itwincontracts.validator.ContractValidator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which operation a request names: its method and its path from the API's base path on, matched to the specs. */
final class OperationRoutes {
  private record Route(String operationId, String method, Pattern path) {}

  private final List<Route> routes;

  OperationRoutes(ContractValidator validator) {
    this.routes = OperationModel.all(validator).stream().map(m -> new Route(m.operationId(), m.operation().method(),
        Pattern.compile(Pattern.quote(m.pathTemplate()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")))).toList();
  }

  /** The operationId, or empty for a method and path no spec declares. */
  Optional<String> operationOf(String method, String rawPath) {
    return routes.stream().filter(r -> r.method().equals(method) && r.path().matcher(rawPath).matches())
        .map(Route::operationId).findFirst();
  }
}
