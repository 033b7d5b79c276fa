package io.itwincontracts.validator.jaxrs;

import io.itwincontracts.validator.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * What {@link ContractValidationFeature} answers a request it checked, before the resource method runs. The
 * default answers a request whose body breaks the schema with the operation's documented 422; a server with
 * rules of its own beyond the schema (the sandbox's business rules) adds them here, so the client gets one
 * answer listing both.
 */
@FunctionalInterface
public interface RequestRefusal {
  /**
   * The answer instead of the resource method, or null to let the request through.
   *
   * @param operationId the operation the request matched
   * @param request the request (its entity stream is readable again)
   * @param body the request body, or null when the operation declares none
   * @param violations what the body breaks in the operation's schema; empty when it conforms or has none
   */
  Response refuse(String operationId, ContainerRequestContext request, String body, List<Violation> violations);
}
