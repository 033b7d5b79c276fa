package io.itwincontracts.validator.jaxrs;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks the body of a request that matched an operation against its schema, after matching and before anything
 * is bound, and asks the {@link RequestRefusal} for the answer. The body is read whole and handed on unchanged.
 */
final class RequestContractFilter implements ContainerRequestFilter {
  private final ContractValidator validator;
  private final MatchedOperation operations;
  private final RequestRefusal refusal;

  @Context
  private ResourceInfo resource;

  RequestContractFilter(ContractValidator validator, MatchedOperation operations, RequestRefusal refusal) {
    this.validator = validator;
    this.operations = operations;
    this.refusal = refusal;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String operationId = operations.of(resource);
    if (operationId == null) {
      return;
    }
    String body = null;
    List<Violation> violations = List.of();
    if (operations.hasRequestBody(operationId)) {
      byte[] bytes = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(bytes));
      body = new String(bytes, StandardCharsets.UTF_8);
      violations = validator.validateRequest(operationId, body);
    }
    Response answer = refusal.refuse(operationId, request, body, violations);
    if (answer != null) {
      request.abortWith(answer);
    }
  }
}
