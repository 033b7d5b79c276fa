package io.itwincontracts.sandbox.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.itwincontracts.sandbox.json.JsonMapperProvider;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import java.util.Optional;

/**
 * In check mode, holds every response the sandbox sends to the spec: the status must be documented by the matched
 * operation, as itself or through the operation's {@code default} response, and the body must match that
 * response's schema. A request that matched no operation (unknown path, undeclared method) gets the shared
 * {@code ErrorResponse}. Problems are collected in the {@link ResponseLedger}, so a test suite can assert once,
 * centrally, that the sandbox never answered off-contract.
 */
final class ResponseCheck implements ContainerResponseFilter {
  private final ContractValidator validator;
  private final ResponseLedger ledger;

  ResponseCheck(ContractValidator validator, ResponseLedger ledger) {
    this.validator = validator;
    this.ledger = ledger;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String status = String.valueOf(response.getStatus());
    Optional<Operation> operation = Operations.matched(request).flatMap(o -> validator.operations().stream()
        .filter(documented -> documented.operationId().equals(o.operationId())).findFirst());
    Target target = operation.map(o -> Target.response(o.operationId(),
            o.statuses().contains(status) || !o.statuses().contains("default") ? status : "default"))
        .orElse(Target.component("ErrorResponse"));
    String where = request.getMethod() + " " + request.getUriInfo().getRequestUri().getPath() + " -> " + status;
    if (!response.hasEntity()) {
      ledger.record(where, List.of("no body"));
      return;
    }
    try {
      List<Violation> violations = validator.validate(target, JsonMapperProvider.MAPPER.writeValueAsString(response.getEntity()));
      ledger.record(where, violations.stream().map(Violation::toString).toList());
    } catch (IllegalArgumentException undocumented) {
      ledger.record(where, List.of(undocumented.getMessage()));
    } catch (JsonProcessingException e) {
      ledger.record(where, List.of("body cannot be written as JSON: " + e.getOriginalMessage()));
    }
  }
}
