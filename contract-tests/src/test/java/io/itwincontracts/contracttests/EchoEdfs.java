package io.itwincontracts.contracttests;

import io.itwincontracts.server.edfs.EdfsApi;
import io.itwincontracts.server.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.server.edfs.model.OSystemInfoDto;
import io.itwincontracts.server.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.server.edfs.model.PackageRole;
import io.itwincontracts.server.edfs.model.PackageRoleAssignmentDto;
import io.itwincontracts.server.edfs.model.PackageRoleAssignmentDtoList;
import io.itwincontracts.server.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.server.edfs.model.SystemCredentialDto;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;

/** The generated EDFS interface implemented by echoing what it is sent, to prove the stubs bind each operation. */
final class EchoEdfs implements EdfsApi {
  static final OffsetDateTime LAST_CHANGE = OffsetDateTime.parse("2024-04-24T13:03:26.24-04:00");

  @Override
  public Response createSystem(String iTwinId, SaveUserSystemCredentialDto body) {
    SystemCredentialDto created = new SystemCredentialDto()
        .id(iTwinId)
        .systemName(body.getName())
        .systemId(body.getSystemId())
        .systemType(body.getSystemType());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @Override
  public Response listSystems(String iTwinId) {
    OSystemInfoDto system = new OSystemInfoDto().id(iTwinId).systemName("Development Sql Server").lastChange(LAST_CHANGE);
    return Response.ok(new OSystemInfoDtoList().systems(List.of(system))).build();
  }

  @Override
  public Response addPackageRoleAssignments(String iTwinId, String uniqueName, ITwinRoleToPackageRoleDtoList body) {
    List<PackageRoleAssignmentDto> assignments = body.getAssignments().stream()
        .map(a -> new PackageRoleAssignmentDto()
            .iTwinRoleId(a.getiTwinRoleId())
            .iTwinRoleName(uniqueName)
            .packageRoles(a.getPackageRoleIds().stream()
                .map(id -> new PackageRole().packageRoleId(id).packageRoleName("Execute Integration Package"))
                .toList()))
        .toList();
    return Response.ok(new PackageRoleAssignmentDtoList().assignments(assignments)).build();
  }
}
