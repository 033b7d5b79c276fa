package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.api.SandboxOperation;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/** Which documented operation a matched request is: the generated interfaces name each method after its operationId. */
final class Operations {
  private Operations() {}

  static Optional<SandboxOperation> matched(ContainerRequestContext request) {
    return matched((ExtendedUriInfo) request.getUriInfo());
  }

  static Optional<SandboxOperation> matched(ExtendedUriInfo uriInfo) {
    ResourceMethod method = uriInfo.getMatchedResourceMethod();
    if (method == null || method.getInvocable() == null) {
      return Optional.empty();
    }
    return SandboxOperation.of(method.getInvocable().getHandlingMethod().getName());
  }
}
