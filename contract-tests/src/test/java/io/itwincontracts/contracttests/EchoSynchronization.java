package io.itwincontracts.contracttests;

import io.itwincontracts.server.synchronization.SynchronizationApi;
import io.itwincontracts.server.synchronization.model.ConnectionLinks;
import io.itwincontracts.server.synchronization.model.Link;
import io.itwincontracts.server.synchronization.model.ManifestConnection;
import io.itwincontracts.server.synchronization.model.ManifestConnectionResponse;
import io.itwincontracts.server.synchronization.model.ManifestConnectionUpdate;
import jakarta.ws.rs.core.Response;

/** The generated Synchronization interface implemented by echoing the update it is sent. */
final class EchoSynchronization implements SynchronizationApi {
  @Override
  public Response updateManifestConnection(String connectionId, ManifestConnectionUpdate body) {
    ManifestConnection connection = new ManifestConnection()
        .id(connectionId)
        .displayName(body.getDisplayName())
        .authenticationType(body.getAuthenticationType())
        .links(new ConnectionLinks().lastRun(new Link().href("/runs/" + connectionId)));
    return Response.ok(new ManifestConnectionResponse().connection(connection)).build();
  }
}
