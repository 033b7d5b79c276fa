package io.itwincontracts.sandbox.internal.api;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.state.SandboxData.Connection;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.server.synchronization.SynchronizationApi;
import io.itwincontracts.server.synchronization.model.AuthenticationType;
import io.itwincontracts.server.synchronization.model.ConnectionLinks;
import io.itwincontracts.server.synchronization.model.Link;
import io.itwincontracts.server.synchronization.model.ManifestConnection;
import io.itwincontracts.server.synchronization.model.ManifestConnectionResponse;
import io.itwincontracts.server.synchronization.model.ManifestConnectionUpdate;
import jakarta.ws.rs.core.Response;

/** Synchronization in memory: manifest connections from the seed data, updated in place. */
final class SynchronizationResource implements SynchronizationApi {
  // The links point at the live APIs, as on the page: the sandbox serves neither iModels nor runs.
  private static final String PLATFORM = "https://api.bentley.com";

  private final SandboxState state;

  SynchronizationResource(SandboxState state) {
    this.state = state;
  }

  @Override
  public Response updateManifestConnection(String connectionId, ManifestConnectionUpdate body) {
    Connection updated = state.connections().update(connectionId, connection -> new Connection(connection.id(),
            connection.iModelId(), connection.iTwinId(),
            body.getDisplayName() != null ? body.getDisplayName() : connection.displayName(),
            body.getAuthenticationType() != null ? body.getAuthenticationType().toString() : connection.authenticationType(),
            connection.lastRunId()))
        .orElseThrow(() -> ErrorBodies.error(404, "ManifestConnectionNotFound", "Requested ManifestConnection is not available."));
    return Response.status(200).entity(new ManifestConnectionResponse().connection(toModel(updated))).build();
  }

  private static ManifestConnection toModel(Connection connection) {
    ConnectionLinks links = new ConnectionLinks()
        .iModel(new Link().href(PLATFORM + "/imodels/" + connection.iModelId()))
        .iTwin(new Link().href(PLATFORM + "/itwins/" + connection.iTwinId()));
    if (connection.lastRunId() != null) {
      links.lastRun(new Link().href(PLATFORM + "/synchronization/imodels/manifestconnections/" + connection.id()
          + "/runs/" + connection.lastRunId()));
    }
    return new ManifestConnection()
        .id(connection.id())
        .iModelId(connection.iModelId())
        .iTwinId(connection.iTwinId())
        .displayName(connection.displayName())
        .authenticationType(AuthenticationType.fromValue(connection.authenticationType()))
        .links(links);
  }
}
