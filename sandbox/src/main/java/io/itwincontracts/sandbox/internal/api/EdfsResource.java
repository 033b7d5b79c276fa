package io.itwincontracts.sandbox.internal.api;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.state.SandboxData.ITwin;
import io.itwincontracts.sandbox.internal.state.SandboxData.IntegrationPackage;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.sandbox.internal.state.SandboxUser;
import io.itwincontracts.sandbox.internal.state.SystemStore.StoredSystem;
import io.itwincontracts.server.edfs.EdfsApi;
import io.itwincontracts.server.edfs.model.ITwinRoleToPackageRoleDto;
import io.itwincontracts.server.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.server.edfs.model.OSystemInfoDto;
import io.itwincontracts.server.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.server.edfs.model.PackageRole;
import io.itwincontracts.server.edfs.model.PackageRoleAssignmentDto;
import io.itwincontracts.server.edfs.model.PackageRoleAssignmentDtoList;
import io.itwincontracts.server.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.server.edfs.model.SystemCredentialDto;
import io.itwincontracts.server.error.ApiError;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EDFS in memory. Requests reach it authenticated, permitted and schema-valid (see the pipeline's steps); what is left
 * are the rules that need the stored data: the iTwin exists, systemIds are unique, role IDs are known.
 */
final class EdfsResource implements EdfsApi {
  private final SandboxState state;
  private final SandboxUser user;

  /** The resource for one request of {@code user}'s (created per request: it costs one small object). */
  EdfsResource(SandboxState state, SandboxUser user) {
    this.state = state;
    this.user = user;
  }

  @Override
  public Response createSystem(String iTwinId, SaveUserSystemCredentialDto body) {
    ITwin iTwin = state.directory().iTwin(iTwinId).orElseThrow(() -> SandboxOperation.CREATE_SYSTEM
        .unprocessable("Provided iTwin ID value is not valid.", "iTwinId"));
    StoredSystem system = state.systems().create(iTwinId, iTwin.organizationId(), body.getName(), body.getSystemId(),
            body.getSystemType(), body.getCredentials() == null ? Map.of() : body.getCredentials(), user)
        .orElseThrow(() -> ErrorBodies.detailed(409, "SystemExists", "A system with the same parameters already exists.",
            List.of(ErrorBodies.detail(SandboxOperation.INVALID_VALUE,
                "A system with the specified SystemId already exists.", "SystemId"))));
    SystemCredentialDto created = new SystemCredentialDto()
        .id(system.id()).systemName(system.name()).systemId(system.systemId()).systemType(system.systemType());
    return Response.status(201).entity(created).build();
  }

  @Override
  public Response listSystems(String iTwinId) {
    if (state.directory().iTwin(iTwinId).isEmpty()) {
      throw ErrorBodies.error(404, "SystemListNotFound", "Requested SystemList is not available.");
    }
    List<OSystemInfoDto> systems = state.systems().list(iTwinId).stream().map(system -> new OSystemInfoDto()
        .id(system.id())
        .systemName(system.name())
        .organizationId(system.organizationId())
        .systemId(system.systemId())
        .systemType(system.systemType())
        .lastChange(system.lastChange())
        .lastChangeBy(system.changedBy().userId())
        .lastChangeByName(system.changedBy().userName())).toList();
    return Response.status(200).entity(new OSystemInfoDtoList().systems(systems)).build();
  }

  @Override
  public Response addPackageRoleAssignments(String iTwinId, String uniqueName, ITwinRoleToPackageRoleDtoList body) {
    SandboxOperation operation = SandboxOperation.ADD_PACKAGE_ROLE_ASSIGNMENTS;
    ITwin iTwin = state.directory().iTwin(iTwinId)
        .orElseThrow(() -> operation.unprocessable("Provided iTwin ID value is not valid.", "iTwinId"));
    IntegrationPackage integrationPackage = state.directory().integrationPackage(uniqueName)
        .orElseThrow(() -> operation.unprocessable("Provided Unique Name value is not valid.", "uniqueName"));
    List<ApiError> details = new ArrayList<>();
    List<PackageRoleAssignmentDto> assignments = new ArrayList<>();
    for (ITwinRoleToPackageRoleDto requested : body.getAssignments() == null ? List.<ITwinRoleToPackageRoleDto>of() : body.getAssignments()) {
      var role = state.directory().iTwinRole(iTwin, String.valueOf(requested.getiTwinRoleId()));
      if (role.isEmpty()) {
        details.add(ErrorBodies.detail(SandboxOperation.INVALID_VALUE, "Provided iTwin Role ID value is not valid.", "ITwinRoleId"));
        continue;
      }
      List<PackageRole> packageRoles = new ArrayList<>();
      for (String packageRoleId : requested.getPackageRoleIds() == null ? List.<String>of() : requested.getPackageRoleIds()) {
        state.directory().packageRole(integrationPackage, packageRoleId).ifPresentOrElse(
            found -> packageRoles.add(new PackageRole().packageRoleId(found.id()).packageRoleName(found.name())),
            () -> details.add(ErrorBodies.detail(SandboxOperation.INVALID_VALUE,
                "Provided Package Role ID value is not valid.", "PackageRoleIds")));
      }
      assignments.add(new PackageRoleAssignmentDto()
          .iTwinRoleId(role.get().id()).iTwinRoleName(role.get().name()).packageRoles(packageRoles));
    }
    if (!details.isEmpty()) {
      throw operation.unprocessable(details);
    }
    return Response.status(200).entity(new PackageRoleAssignmentDtoList().assignments(assignments)).build();
  }
}
