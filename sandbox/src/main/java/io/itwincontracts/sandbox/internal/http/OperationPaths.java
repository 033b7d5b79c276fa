package io.itwincontracts.sandbox.internal.http;

import io.itwincontracts.conformance.internal.http.OperationRoutes;
import io.itwincontracts.validator.ContractValidator;
import java.util.Optional;

/**
 * Which operation a request is, from its method and path alone, before any API sees it: the conformance module's
 * routes (the specs' path templates under each API's base path), the one rule the proxy and the generators use too.
 */
final class OperationPaths {
  /** Read from the specs when a request first needs them, so that starting a sandbox does not wait for the YAML. */
  private volatile OperationRoutes routes;

  /** The operationId of a request, or empty for a path no operation has. */
  Optional<String> operationOf(String method, String path) {
    OperationRoutes known = routes;
    if (known == null) {
      // two threads may both build it: the same routes, no lock on the request path
      known = new OperationRoutes(ContractValidator.bundled());
      routes = known;
    }
    return known.operationOf(method, path);
  }
}
