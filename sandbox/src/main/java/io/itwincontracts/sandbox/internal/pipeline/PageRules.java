package io.itwincontracts.sandbox.internal.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itwincontracts.sandbox.internal.api.SandboxOperation;
import io.itwincontracts.server.error.ApiError;
import io.itwincontracts.validator.Violation;
import io.itwincontracts.validator.jaxrs.RequestRefusal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's answer to a request the contract checks (the validator's JAX-RS feature: the one place schema
 * rules are enforced) have seen: the schema's violations as the page words its details, plus the operation's
 * business rules, in the page's 422 with one detail per broken rule; nothing broken, the request goes on.
 */
final class PageRules implements RequestRefusal {
  private final ObjectMapper mapper;

  PageRules(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Response refuse(String operationId, ContainerRequestContext request, String body, List<Violation> violations) {
    SandboxOperation operation = SandboxOperation.of(operationId).orElse(null);
    if (operation == null) {
      return null;
    }
    Map<String, String> path = new HashMap<>();
    request.getUriInfo().getPathParameters().forEach((name, values) -> path.put(name, values.get(0)));
    List<ApiError> details = new ArrayList<>(operation.details(violations));
    boolean parses = body != null && violations.stream().noneMatch(v -> Violation.SYNTAX.equals(v.keyword()));
    operation.addRuleViolations(path, parses ? parse(body) : null, details);
    return details.isEmpty() ? null : operation.unprocessable(details).getResponse();
  }

  private JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (JacksonException e) {
      return null;
    }
  }
}
