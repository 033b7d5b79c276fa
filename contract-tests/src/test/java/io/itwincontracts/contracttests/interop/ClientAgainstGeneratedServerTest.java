package io.itwincontracts.contracttests.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.client.ContractChecks;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.OSystemInfoDto;
import io.itwincontracts.client.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.client.edfs.model.PackageRole;
import io.itwincontracts.client.edfs.model.PackageRoleAssignmentDto;
import io.itwincontracts.client.edfs.model.PackageRoleAssignmentDtoList;
import io.itwincontracts.client.edfs.model.SystemCredentialDto;
import io.itwincontracts.client.itwins.model.Resource;
import io.itwincontracts.client.itwins.model.ResourceClass;
import io.itwincontracts.client.itwins.model.ResourceResponse;
import io.itwincontracts.client.synchronization.model.ManifestConnection;
import io.itwincontracts.client.synchronization.model.ManifestConnectionResponse;
import io.itwincontracts.contracttests.LoopbackStubServer;
import io.itwincontracts.validator.Target;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client as users build it, headers and all, against the generated JAX-RS interfaces served by plain Jersey
 * with none of the sandbox's filters: a server generated from the specs answers every operation with its 2xx, a
 * body the client's STRICT contract checks hold to the schema (one that broke it would throw instead), made by the
 * echoing implementations from the request example the client sent.
 */
class ClientAgainstGeneratedServerTest {
  private static LoopbackStubServer server;
  private static ITwinPlatform platform;

  @BeforeAll
  static void start() {
    server = LoopbackStubServer.echoingAllApis();
    platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "interop-token")
        .contractChecks(ContractChecks.STRICT).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PlatformCall.class)
  void everyOperationGetsItsDocumentedSuccessWithTheBodyTheServerMadeOfTheRequest(PlatformCall call) throws IOException {
    PlatformCall.Outcome outcome = call.call(platform);

    assertThat(outcome.status()).isEqualTo(call.documentedSuccess());
    JsonNode sent = call.operation().hasRequestBody()
        ? LoopbackStubServer.MAPPER.readTree(call.firstExample(Target.REQUEST)) : null;
    switch (call) {
      case CREATE_SYSTEM -> assertThat(outcome.body()).isInstanceOfSatisfying(SystemCredentialDto.class, created -> {
        assertThat(created.getId()).isEqualTo(PlatformCall.ITWIN);
        assertThat(created.getSystemName()).isEqualTo(sent.get("name").asText());
        assertThat(created.getSystemId()).isEqualTo(sent.get("systemId").asText());
        assertThat(created.getSystemType()).isEqualTo(sent.get("systemType").asText());
      });
      case LIST_SYSTEMS -> assertThat(outcome.body()).isInstanceOfSatisfying(OSystemInfoDtoList.class, list ->
          assertThat(list.getSystems()).singleElement().satisfies(system -> {
            assertThat(system.getId()).isEqualTo(PlatformCall.ITWIN);
            assertThat(system.getSystemName()).isEqualTo("Development Sql Server");
            assertThat(system.getLastChange()).isAtSameInstantAs(OffsetDateTime.parse("2024-04-24T13:03:26.24-04:00"));
          }));
      case ADD_PACKAGE_ROLE_ASSIGNMENTS -> assertThat(outcome.body()).isInstanceOfSatisfying(
          PackageRoleAssignmentDtoList.class, assigned -> {
            JsonNode requested = sent.get("assignments").get(0);
            assertThat(assigned.getAssignments()).singleElement().satisfies(assignment -> {
              assertThat(assignment.getiTwinRoleId()).isEqualTo(requested.get("iTwinRoleId").asText());
              assertThat(assignment.getPackageRoles()).extracting(PackageRole::getPackageRoleId)
                  .containsExactly(requested.get("packageRoleIds").get(0).asText());
            });
          });
      case UPDATE_MANIFEST_CONNECTION -> assertThat(outcome.body()).isInstanceOfSatisfying(
          ManifestConnectionResponse.class, updated -> {
            ManifestConnection connection = updated.getConnection();
            assertThat(connection.getId()).isEqualTo(PlatformCall.CONNECTION);
            assertThat(connection.getDisplayName()).isEqualTo(sent.get("displayName").asText());
            assertThat(connection.getAuthenticationType()).hasToString(sent.get("authenticationType").asText());
            assertThat(connection.getLinks().getLastRun().getHref()).isEqualTo("/runs/" + PlatformCall.CONNECTION);
          });
      case CREATE_REPOSITORY_RESOURCE -> assertThat(outcome.body()).isInstanceOfSatisfying(ResourceResponse.class,
          created -> {
            Resource resource = created.getResource();
            assertThat(resource.getId()).isEqualTo(sent.get("id").asText());
            assertThat(resource.getDisplayName()).isEqualTo(sent.get("displayName").asText());
            assertThat(resource.getPropertyClass()).isEqualTo(ResourceClass.GEOGRAPHIC_INFORMATION_SYSTEM);
          });
      default -> throw new AssertionError("no expectation for " + call);
    }
  }
}
