package io.itwincontracts.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.itwincontracts.sandbox.internal.json.SandboxJson;
import io.itwincontracts.server.edfs.EdfsApi;
import io.itwincontracts.server.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.server.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.server.edfs.model.SystemCredentialDto;
import io.itwincontracts.validator.jaxrs.ContractValidationFeature;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A user's server of the generated EDFS interface (createSystem echoes, nothing stored) on Jersey and Jetty, with
 * or without {@link ContractValidationFeature} (requests and responses checked): the feature's cost per request.
 */
final class StubServer implements AutoCloseable {
  private final Server server;

  StubServer(boolean contractChecks) {
    ResourceConfig config = new ResourceConfig().register(new EchoingEdfs())
        .register(JacksonFeature.withoutExceptionMappers()).register(new SandboxMapping())
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    if (contractChecks) {
      config.register(ContractValidationFeature.builder().checkResponses(report -> {
        throw new IllegalStateException("the benchmark's answer broke the contract: " + report);
      }).build());
    }
    server = JettyHttpContainerFactory.createServer(URI.create("http://127.0.0.1:0/"), config);
  }

  /** The root of the EDFS interface's paths (no {@code /edfs}: this server serves that API alone). */
  String baseUrl() {
    return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** createSystem answers what it was sent; the rest is not measured. */
  static final class EchoingEdfs implements EdfsApi {
    @Override
    public Response createSystem(String iTwinId, SaveUserSystemCredentialDto body) {
      return Response.status(201).entity(new SystemCredentialDto().id(iTwinId).systemName(body.getName())
          .systemId(body.getSystemId()).systemType(body.getSystemType())).build();
    }

    @Override
    public Response listSystems(String iTwinId) {
      return Response.status(404).build();
    }

    @Override
    public Response addPackageRoleAssignments(String iTwinId, String uniqueName, ITwinRoleToPackageRoleDtoList body) {
      return Response.status(404).build();
    }
  }

  /** The sandbox's JSON mapping, so that the stub writes what the sandbox writes. */
  private static final class SandboxMapping implements ContextResolver<ObjectMapper> {
    @Override
    public ObjectMapper getContext(Class<?> type) {
      return SandboxJson.MAPPER;
    }
  }
}
