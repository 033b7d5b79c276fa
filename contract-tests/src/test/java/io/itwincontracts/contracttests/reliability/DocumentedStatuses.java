package io.itwincontracts.contracttests.reliability;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which statuses the specs document for a request: those of the operation its method and path name (a
 * {@code default} response documents every status the operation does not list), and for a documented path with
 * an undocumented method, the error statuses of the path's operations. A path no spec declares documents nothing but the error
 * schema, which {@link FuzzVerdict} checks apart.
 */
final class DocumentedStatuses {
  private record Route(Operation operation, Pattern path) {}

  private final List<Route> routes;

  DocumentedStatuses(ContractValidator validator) {
    this.routes = validator.operations().stream()
        .map(o -> new Route(o, Pattern.compile(Pattern.quote("/" + o.spec().replace(".yaml", "") + o.path())
            .replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"))))
        .toList();
  }

  /** Why {@code status} is not documented for {@code method} and {@code target}, or empty if it is. */
  Optional<String> undocumented(String method, String target, int status) {
    String path = target.split("[?#]", 2)[0];
    List<Route> onPath = routes.stream().filter(r -> r.path().matcher(path).matches()).toList();
    if (onPath.isEmpty()) {
      return Optional.empty();
    }
    // HEAD is GET without the body (RFC 9110 9.3.2): it documents what GET documents.
    String asked = "HEAD".equals(method) ? "GET" : method;
    List<Route> named = onPath.stream().filter(r -> r.operation().method().equals(asked)).toList();
    List<Route> documenting = named.isEmpty() ? onPath : named;
    String code = String.valueOf(status);
    // A method the path does not have is refused: only its operations' error statuses can document that.
    boolean documented = (!named.isEmpty() || status >= 400) && documenting.stream().map(r -> r.operation().statuses())
        .anyMatch(statuses -> statuses.contains(code) || statuses.contains("default"));
    return documented ? Optional.empty() : Optional.of("status " + status + " is not documented for " + method + " "
        + documenting.stream().map(r -> r.operation().operationId()).toList());
  }
}
