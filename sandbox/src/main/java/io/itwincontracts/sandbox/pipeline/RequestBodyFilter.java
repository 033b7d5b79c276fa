package io.itwincontracts.sandbox.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itwincontracts.sandbox.api.SandboxOperation;
import io.itwincontracts.server.error.ApiError;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a request before any model is bound: its body against the operation's schema in the spec (through the
 * validator: the one place schema rules are enforced) and the operation's business rules, and answers the
 * page's 422 with one detail per broken rule. The body is already in memory and complete
 * ({@code http.WholeRequestBody}).
 */
final class RequestBodyFilter implements ContainerRequestFilter {
  private final ContractValidator validator;
  private final ObjectMapper mapper;

  RequestBodyFilter(ContractValidator validator, ObjectMapper mapper) {
    this.validator = validator;
    this.mapper = mapper;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    SandboxOperation operation = Operations.matched(request).orElse(null);
    if (operation == null) {
      return;
    }
    Map<String, String> path = new HashMap<>();
    request.getUriInfo().getPathParameters().forEach((name, values) -> path.put(name, values.get(0)));
    boolean hasBody = validator.operations().stream()
        .anyMatch(o -> o.operationId().equals(operation.operationId()) && o.hasRequestBody());
    List<ApiError> details = new ArrayList<>();
    JsonNode body = null;
    byte[] bytes = null;
    if (hasBody) {
      bytes = request.getEntityStream().readAllBytes();
      String json = new String(bytes, StandardCharsets.UTF_8);
      List<Violation> violations = validator.validate(Target.request(operation.operationId()), json);
      details.addAll(operation.details(violations));
      body = violations.stream().anyMatch(v -> Violation.SYNTAX.equals(v.keyword())) ? null : parse(json);
    }
    operation.addRuleViolations(path, body, details);
    if (!details.isEmpty()) {
      request.abortWith(operation.unprocessable(details).getResponse());
      return;
    }
    if (bytes != null) {
      request.setEntityStream(new ByteArrayInputStream(bytes));
    }
  }

  private JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (JacksonException e) {
      return null;
    }
  }
}
