package io.itwincontracts.contracttests;

import io.itwincontracts.server.itwins.ITwinsApi;
import io.itwincontracts.server.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.server.itwins.model.Resource;
import io.itwincontracts.server.itwins.model.ResourceClass;
import io.itwincontracts.server.itwins.model.ResourceResponse;
import io.itwincontracts.server.itwins.model.ResourceSubClass;
import jakarta.ws.rs.core.Response;

/** The generated iTwins interface implemented by echoing the resource it is sent, as a GIS map layer. */
final class EchoITwins implements ITwinsApi {
  @Override
  public Response createRepositoryResource(String iTwinId, String repositoryId, ITwinRepositoryResourceCreate body) {
    Resource resource = new Resource()
        .id(body.getId())
        .displayName(body.getDisplayName())
        .propertyClass(ResourceClass.GEOGRAPHIC_INFORMATION_SYSTEM)
        .subClass(ResourceSubClass.WEB_MAP_SERVICE);
    return Response.status(Response.Status.CREATED).entity(new ResourceResponse().resource(resource)).build();
  }
}
