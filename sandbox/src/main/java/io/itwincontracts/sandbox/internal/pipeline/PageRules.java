package io.itwincontracts.sandbox.internal.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itwincontracts.sandbox.internal.json.SandboxJson;
import io.itwincontracts.sandbox.internal.route.Route;
import io.itwincontracts.server.error.ApiError;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request's body against its operation's schema (the validator: the one place schema rules are enforced) and
 * the operation's business rules: the schema's violations as the page words its details, plus the rules it breaks,
 * in the page's 422 with one detail per broken rule; nothing broken, the request goes on.
 */
final class PageRules implements Step {
  private static final ObjectMapper MAPPER = SandboxJson.MAPPER;

  private final ContractValidator validator;

  PageRules(ContractValidator validator) {
    this.validator = validator;
  }

  @Override
  public void apply(Exchange exchange) {
    Route route = exchange.route();
    String body = null;
    List<Violation> violations = List.of();
    if (!route.consumes().isEmpty()) {
      body = exchange.body == null ? "" : new String(exchange.body, StandardCharsets.UTF_8);
      violations = validator.validateRequest(route.operation().operationId(), body);
    }
    List<ApiError> details = new ArrayList<>(route.operation().details(violations));
    boolean parses = body != null && violations.stream().noneMatch(v -> Violation.SYNTAX.equals(v.keyword()));
    route.operation().addRuleViolations(exchange.pathParameters(), parses ? parse(body) : null, details);
    if (!details.isEmpty()) {
      throw route.operation().unprocessable(details);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      return null;
    }
  }
}
