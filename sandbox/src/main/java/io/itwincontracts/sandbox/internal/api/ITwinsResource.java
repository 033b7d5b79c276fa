package io.itwincontracts.sandbox.internal.api;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.state.SandboxData.ITwin;
import io.itwincontracts.sandbox.internal.state.SandboxData.Repository;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.server.itwins.ITwinsApi;
import io.itwincontracts.server.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.server.itwins.model.Resource;
import io.itwincontracts.server.itwins.model.ResourceClass;
import io.itwincontracts.server.itwins.model.ResourceResponse;
import io.itwincontracts.server.itwins.model.ResourceSubClass;
import jakarta.ws.rs.core.Response;

/** iTwins in memory: resources created in the seed data's GIS repositories, class and subClass copied from them. */
final class ITwinsResource implements ITwinsApi {
  private final SandboxState state;

  ITwinsResource(SandboxState state) {
    this.state = state;
  }

  @Override
  public Response createRepositoryResource(String iTwinId, String repositoryId, ITwinRepositoryResourceCreate body) {
    ITwin iTwin = state.directory().iTwin(iTwinId)
        .orElseThrow(() -> ErrorBodies.error(404, "iTwinNotFound", "Requested iTwin is not available."));
    Repository repository = state.directory().repository(iTwin, repositoryId)
        .orElseThrow(() -> ErrorBodies.error(404, "iTwinRepositoryNotFound", "Requested iTwin Repository is not available."));
    if (!state.resources().add(iTwinId, repositoryId, body.getId(), body.getDisplayName())) {
      throw ErrorBodies.error(409, "iTwinRepositoryResourceExists", "The specified iTwin Repository Resource already exists.");
    }
    Resource resource = new Resource()
        .id(body.getId())
        .displayName(body.getDisplayName())
        .propertyClass(ResourceClass.fromValue(repository.resourceClass()))
        .subClass(repository.subClass() == null ? null : ResourceSubClass.fromValue(repository.subClass()));
    return Response.status(201).entity(new ResourceResponse().resource(resource)).build();
  }
}
