package io.itwincontracts.conformance.internal.http;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operation a request names: its method and its path from the API's base path on, matched to the specs. Also
 * the one rule of that path: the generators fill in the same templates that the proxy matches.
 */
public final class OperationRoutes {
  private record Route(String operationId, String method, Pattern path, List<String> parameters) {}
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final List<Route> routes;

  /** The routes of every operation of the validator's specs. */
  public OperationRoutes(ContractValidator validator) {
    this.routes = validator.operations().stream().map(operation -> new Route(operation.operationId(),
        operation.method(), Pattern.compile(Pattern.quote(pathTemplate(operation))
            .replaceAll("\\{[^}]+}", "\\\\E([^/]+)\\\\Q")),
        PARAMETER.matcher(pathTemplate(operation)).results().map(m -> m.group(1)).toList())).toList();
  }

  /**
   * The operation's path template from the API's base path on: the spec's server path ({@code /edfs} for
   * {@code edfs.yaml}) and the operation's path, e.g. {@code /edfs/itwins/{iTwinId}/systems}.
   */
  public static String pathTemplate(Operation operation) {
    return "/" + operation.spec().replace(".yaml", "") + operation.path();
  }

  /**
   * The path parameters of a request of {@code operationId}, by name, as they came (percent-encoded); empty when
   * the path is not the operation's.
   */
  public Map<String, String> parameters(String operationId, String rawPath) {
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(rawPath);
      if (route.operationId().equals(operationId) && matcher.matches()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < route.parameters().size(); i++) {
          values.put(route.parameters().get(i), matcher.group(i + 1));
        }
        return values;
      }
    }
    return Map.of();
  }

  /** The operationId, or empty for a method and path no spec declares. */
  public Optional<String> operationOf(String method, String rawPath) {
    return routes.stream().filter(r -> r.method().equals(method) && r.path().matcher(rawPath).matches())
        .map(Route::operationId).findFirst();
  }
}
