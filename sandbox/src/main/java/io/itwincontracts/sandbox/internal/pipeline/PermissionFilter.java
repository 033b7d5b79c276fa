package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.api.SandboxOperation;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.state.SandboxUser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * The pages' permissions: a user without them gets 403 {@code InsufficientPermissions} where the page documents
 * 403. listSystems documents no 403, so a user without {@code edfs_credmng} is told the list does not exist
 * (its documented 404) rather than shown another organisation's systems.
 */
final class PermissionFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    SandboxOperation operation = Operations.matched(request).orElse(null);
    if (operation == null || request.getSecurityContext().getUserPrincipal() == null) {
      return;
    }
    SandboxUser user = (SandboxUser) request.getSecurityContext().getUserPrincipal();
    if (user.hasAll(operation.permissions())) {
      return;
    }
    request.abortWith((operation == SandboxOperation.LIST_SYSTEMS
        ? ErrorBodies.error(404, "SystemListNotFound", "Requested SystemList is not available.")
        : ErrorBodies.error(403, "InsufficientPermissions", "The user has insufficient permissions for the requested operation."))
        .getResponse());
  }
}
