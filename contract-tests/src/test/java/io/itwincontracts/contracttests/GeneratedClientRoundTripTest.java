package io.itwincontracts.contracttests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import io.itwincontracts.client.edfs.EdfsApi;
import io.itwincontracts.client.edfs.invoker.ApiResponseDecoder;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDto;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.client.edfs.model.OSystemInfoDto;
import io.itwincontracts.client.edfs.model.PackageRoleAssignmentDto;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.edfs.model.SystemCredentialDto;
import io.itwincontracts.client.itwins.ITwinsApi;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.itwins.model.Resource;
import io.itwincontracts.client.itwins.model.ResourceClass;
import io.itwincontracts.client.synchronization.SynchronizationApi;
import io.itwincontracts.client.synchronization.model.AuthenticationType;
import io.itwincontracts.client.synchronization.model.ManifestConnection;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * All five operations sent by the generated Feign client, over HTTP on 127.0.0.1, to the generated JAX-RS
 * interfaces implemented in this test: the two generators agree on methods, paths, bodies and statuses.
 */
class GeneratedClientRoundTripTest {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";
  private static final String CONNECTION_ID = "MWplZe9Uf0iR1IDMqyOMLry641hUCa9JjxI3cYz8uCg";
  private static final ObjectMapper MAPPER = LoopbackStubServer.MAPPER.copy()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static LoopbackStubServer server;

  @BeforeAll
  static void start() {
    server = LoopbackStubServer.echoingAllApis();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void createSystemAnswers201WithTheCreatedSystem() {
    var response = edfs().createSystemWithHttpInfo(ITWIN_ID, new SaveUserSystemCredentialDto()
        .name("Development Sql Server").systemId("dev_sql_server").systemType("EDF.Sql")
        .credentials(Map.of("Password", "P@$$w0rd")));

    assertThat(response.getStatusCode()).isEqualTo(201);
    SystemCredentialDto created = response.getData();
    assertThat(created.getId()).isEqualTo(ITWIN_ID);
    assertThat(created.getSystemName()).isEqualTo("Development Sql Server");
    assertThat(created.getSystemId()).isEqualTo("dev_sql_server");
  }

  @Test
  void listSystemsAnswers200WithDateTimesAsInstants() {
    var response = edfs().listSystemsWithHttpInfo(ITWIN_ID);

    assertThat(response.getStatusCode()).isEqualTo(200);
    OSystemInfoDto system = response.getData().getSystems().get(0);
    assertThat(system.getId()).isEqualTo(ITWIN_ID);
    assertThat(system.getLastChange().toInstant()).isEqualTo(EchoEdfs.LAST_CHANGE.toInstant());
  }

  @Test
  void addPackageRoleAssignmentsAnswers200WithTheAssignments() {
    var request = new ITwinRoleToPackageRoleDtoList().assignments(List.of(
        new ITwinRoleToPackageRoleDto().iTwinRoleId("role-1").packageRoleIds(List.of("package-role-1"))));

    var response = edfs().addPackageRoleAssignmentsWithHttpInfo(ITWIN_ID, "my.package", request);

    assertThat(response.getStatusCode()).isEqualTo(200);
    PackageRoleAssignmentDto assignment = response.getData().getAssignments().get(0);
    assertThat(assignment.getiTwinRoleId()).isEqualTo("role-1");
    assertThat(assignment.getiTwinRoleName()).isEqualTo("my.package");
    assertThat(assignment.getPackageRoles().get(0).getPackageRoleId()).isEqualTo("package-role-1");
  }

  @Test
  void updateManifestConnectionIsAPutAnswering200WithTheConnection() {
    var response = synchronization().updateManifestConnectionWithHttpInfo(
        CONNECTION_ID,
        new ManifestConnectionUpdate().displayName("30").authenticationType(AuthenticationType.SERVICE));

    assertThat(response.getStatusCode()).isEqualTo(200);
    ManifestConnection connection = response.getData().getConnection();
    assertThat(connection.getId()).isEqualTo(CONNECTION_ID);
    assertThat(connection.getAuthenticationType()).isEqualTo(AuthenticationType.SERVICE);
    assertThat(connection.getLinks().getLastRun().getHref()).endsWith(CONNECTION_ID);
  }

  @Test
  void createRepositoryResourceAnswers201WithClassAndSubClass() {
    var response = itwins().createRepositoryResourceWithHttpInfo(ITWIN_ID, "gis-repository",
        new ITwinRepositoryResourceCreate().id("flood_zones").displayName("Flood Zones"));

    assertThat(response.getStatusCode()).isEqualTo(201);
    Resource resource = response.getData().getResource();
    assertThat(resource.getId()).isEqualTo("flood_zones");
    assertThat(resource.getPropertyClass()).isEqualTo(ResourceClass.GEOGRAPHIC_INFORMATION_SYSTEM);
  }

  // Each API's invoker package has its own ApiResponseDecoder, matching its own ApiResponse type.
  private static EdfsApi edfs() {
    return client().decoder(new ApiResponseDecoder(MAPPER)).target(EdfsApi.class, server.baseUrl() + "/edfs");
  }

  private static SynchronizationApi synchronization() {
    return client().decoder(new io.itwincontracts.client.synchronization.invoker.ApiResponseDecoder(MAPPER))
        .target(SynchronizationApi.class, server.baseUrl() + "/synchronization");
  }

  private static ITwinsApi itwins() {
    return client().decoder(new io.itwincontracts.client.itwins.invoker.ApiResponseDecoder(MAPPER))
        .target(ITwinsApi.class, server.baseUrl() + "/itwins");
  }

  private static Feign.Builder client() {
    return Feign.builder().client(new Http2Client()).encoder(new JacksonEncoder(MAPPER));
  }
}
