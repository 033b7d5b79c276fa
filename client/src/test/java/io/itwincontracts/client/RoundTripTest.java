package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDto;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.synchronization.model.AuthenticationType;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.testkit.LoopbackServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each of the five operations through the builder's client, against canned answers from the spec examples. */
class RoundTripTest {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";

  private final LoopbackServer server = LoopbackServer.scripted();
  private final ITwinPlatform platform;

  RoundTripTest() {
    platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "t").build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LoopbackServer.Received onlyRequest() {
    assertThat(server.received()).hasSize(1);
    return server.received().get(0);
  }

  @Test
  void createSystemPostsTheSystemAndReads201() {
    server.enqueue(json(201, resource("responses/system-created.json")));

    var created = platform.edfs().createSystemWithHttpInfo(ITWIN_ID, new SaveUserSystemCredentialDto()
        .name("Development Sql Server").systemId("devsqlserver").systemType("EDF.Sql")
        .credentials(Map.of("Password", "P@ss")));

    assertThat(created.getStatusCode()).isEqualTo(201);
    assertThat(created.getData().getSystemId()).isEqualTo("devsqlserver");
    LoopbackServer.Received request = onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/edfs/itwins/" + ITWIN_ID + "/systems");
    assertThat(request.body()).isEqualTo("{\"name\":\"Development Sql Server\",\"systemId\":\"devsqlserver\","
        + "\"systemType\":\"EDF.Sql\",\"credentials\":{\"Password\":\"P@ss\"}}");
  }

  @Test
  void listSystemsGetsTheSystems() {
    server.enqueue(json(200, resource("responses/systems.json")));

    var systems = platform.edfs().listSystems(ITWIN_ID);

    assertThat(systems.getSystems()).singleElement()
        .satisfies(system -> assertThat(system.getLastChangeByName()).isEqualTo("Name Surname"));
    assertThat(onlyRequest().method()).isEqualTo("GET");
    assertThat(onlyRequest().path()).isEqualTo("/edfs/itwins/" + ITWIN_ID + "/systems");
  }

  @Test
  void addPackageRoleAssignmentsPostsTheAssignments() {
    server.enqueue(json(200, resource("responses/role-assignments.json")));

    var assignments = platform.edfs().addPackageRoleAssignments(ITWIN_ID, "EDFS.Package",
        new ITwinRoleToPackageRoleDtoList().assignments(List.of(new ITwinRoleToPackageRoleDto()
            .iTwinRoleId("00000000-0000-0000-0000-000000000000").packageRoleIds(List.of("p1")))));

    assertThat(assignments.getAssignments()).singleElement()
        .satisfies(a -> assertThat(a.getiTwinRoleName()).isEqualTo("EDFS_integration"));
    assertThat(onlyRequest().path()).isEqualTo("/edfs/itwins/" + ITWIN_ID + "/packages/EDFS.Package/roles");
    assertThat(onlyRequest().body()).contains("\"packageRoleIds\":[\"p1\"]");
  }

  @Test
  void updateManifestConnectionPutsTheChange() {
    server.enqueue(json(200, resource("responses/manifest-connection.json")));

    var updated = platform.synchronization().updateManifestConnection("MWplZe9U",
        new ManifestConnectionUpdate().displayName("30").authenticationType(AuthenticationType.USER));

    assertThat(updated.getConnection().getiModelId()).isEqualTo("7dbd531d-6967-47b2-8945-a722a437ad7a");
    assertThat(onlyRequest().method()).isEqualTo("PUT");
    assertThat(onlyRequest().path()).isEqualTo("/synchronization/imodels/manifestconnections/MWplZe9U");
    assertThat(onlyRequest().body()).isEqualTo("{\"authenticationType\":\"User\",\"displayName\":\"30\"}");
  }

  @Test
  void createRepositoryResourcePostsTheResource() {
    server.enqueue(json(201, resource("responses/resource-created.json")));

    var created = platform.iTwins().createRepositoryResource(ITWIN_ID, "repo-1",
        new ITwinRepositoryResourceCreate().id("flood_zones").displayName("Flood Zones"));

    assertThat(created.getResource().getDisplayName()).isEqualTo("Flood Zones");
    assertThat(onlyRequest().method()).isEqualTo("POST");
    assertThat(onlyRequest().path()).isEqualTo("/itwins/" + ITWIN_ID + "/repositories/repo-1/resources");
  }
}
