package io.itwincontracts.validator.jaxrs;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which operation of the spec a request matched: the generated interfaces name each resource method after its
 * operationId, so the implementing method's name is the operation's id. A method of another name (or no match at
 * all: unknown path, a method JAX-RS answers by itself) is no operation.
 */
final class MatchedOperation {
  private final Set<String> operationIds;
  private final Set<String> withRequestBody;

  MatchedOperation(ContractValidator validator) {
    this.operationIds = validator.operations().stream().map(Operation::operationId).collect(Collectors.toSet());
    this.withRequestBody = validator.operations().stream().filter(Operation::hasRequestBody)
        .map(Operation::operationId).collect(Collectors.toSet());
  }

  /** The operationId, or null. */
  String of(ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    return method != null && operationIds.contains(method.getName()) ? method.getName() : null;
  }

  boolean hasRequestBody(String operationId) {
    return withRequestBody.contains(operationId);
  }
}
