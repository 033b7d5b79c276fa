package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.CONNECTION;
import static io.itwincontracts.sandbox.SandboxHttp.GIS_REPOSITORY;
import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static io.itwincontracts.sandbox.SandboxHttp.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.ConflictException;
import io.itwincontracts.client.ForbiddenException;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.NotFoundException;
import io.itwincontracts.client.UnprocessableEntityException;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDto;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.itwins.model.ResourceClass;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project's own client against the sandbox: the five operations and their typed errors, end to end. */
class ClientAgainstSandboxTest {
  @RegisterExtension
  static final CheckedSandbox SANDBOX = new CheckedSandbox();

  private ITwinPlatform platform(String token) {
    return ITwinPlatform.builder().baseUrl(SANDBOX.sandbox().baseUrl()).tokenSupplier(() -> token).build();
  }

  @Test
  void allFiveOperationsSucceedThroughTheClient() {
    ITwinPlatform platform = platform("client-token");

    var created = platform.edfs().createSystem(ITWIN, new SaveUserSystemCredentialDto()
        .name("Client System").systemId("client_system").systemType("EDF.Sql").credentials(Map.of("Password", "pw-123456")));
    var systems = platform.edfs().listSystems(ITWIN);
    var assignments = platform.edfs().addPackageRoleAssignments(ITWIN, PACKAGE, new ITwinRoleToPackageRoleDtoList()
        .assignments(List.of(new ITwinRoleToPackageRoleDto().iTwinRoleId(DefaultData.ITWIN_ROLE)
            .packageRoleIds(List.of(DefaultData.PACKAGE_ROLE)))));
    var connection = platform.synchronization().updateManifestConnection(CONNECTION,
        new ManifestConnectionUpdate().displayName("From the client"));
    var resource = platform.iTwins().createRepositoryResource(ITWIN, GIS_REPOSITORY,
        new ITwinRepositoryResourceCreate().id("client_layer").displayName("Client layer"));

    assertThat(created.getSystemId()).isEqualTo("client_system");
    assertThat(systems.getSystems()).extracting(s -> s.getSystemId()).contains("client_system");
    assertThat(assignments.getAssignments().get(0).getiTwinRoleName()).isEqualTo("EDFS_integration");
    assertThat(connection.getConnection().getDisplayName()).isEqualTo("From the client");
    assertThat(resource.getResource().getPropertyClass()).isEqualTo(ResourceClass.GEOGRAPHIC_INFORMATION_SYSTEM);
  }

  @Test
  void documentedErrorsArriveAsTypedExceptions() {
    ITwinPlatform platform = platform("client-token");
    var create = new ITwinRepositoryResourceCreate().id("typed_layer").displayName("Typed layer");
    platform.iTwins().createRepositoryResource(ITWIN, GIS_REPOSITORY, create);

    assertThatThrownBy(() -> platform.iTwins().createRepositoryResource(ITWIN, GIS_REPOSITORY, create))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.errorCode()).hasValue("iTwinRepositoryResourceExists"));
    assertThatThrownBy(() -> platform.edfs().listSystems("00000000-0000-4000-8000-000000000000"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).hasValue("SystemListNotFound"));
    assertThatThrownBy(() -> platform.edfs().createSystem(ITWIN, new SaveUserSystemCredentialDto().systemId("bad id!")))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.details()).extracting(d -> d.target()).contains("Name", "SystemId", "SystemType"));
    assertThatThrownBy(() -> platform(DefaultData.READ_ONLY_TOKEN).iTwins().createRepositoryResource(ITWIN, GIS_REPOSITORY, create))
        .isInstanceOf(ForbiddenException.class);
  }
}
