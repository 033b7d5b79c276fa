package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.api.SandboxOperation;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;

/**
 * The pages' permissions: a user without them gets 403 {@code InsufficientPermissions} where the page documents
 * 403. listSystems documents no 403, so a user without {@code edfs_credmng} is told the list does not exist
 * (its documented 404) rather than shown another organisation's systems.
 */
final class PermissionCheck implements Step {
  @Override
  public void apply(Exchange exchange) {
    SandboxOperation operation = exchange.route().operation();
    if (exchange.user.hasAll(operation.permissions())) {
      return;
    }
    throw operation == SandboxOperation.LIST_SYSTEMS
        ? ErrorBodies.error(404, "SystemListNotFound", "Requested SystemList is not available.")
        : ErrorBodies.error(403, "InsufficientPermissions", "The user has insufficient permissions for the requested operation.");
  }
}
