package io.itwincontracts.sandbox.internal.state;

import io.itwincontracts.sandbox.internal.state.SandboxData.ITwin;
import io.itwincontracts.sandbox.internal.state.SandboxData.IntegrationPackage;
import io.itwincontracts.sandbox.internal.state.SandboxData.Repository;
import io.itwincontracts.sandbox.internal.state.SandboxData.Role;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read-only look-ups in the seed data: iTwins, their roles and repositories, packages, and users by token. */
public final class SandboxDirectory {
  private final Map<String, ITwin> iTwins;
  private final Map<String, IntegrationPackage> packages;
  private final Map<String, SandboxUser> usersByToken;
  private final SandboxUser defaultUser;

  SandboxDirectory(SandboxData data) {
    iTwins = data.iTwins().stream().collect(Collectors.toUnmodifiableMap(ITwin::id, Function.identity()));
    packages = data.packagesOrEmpty().stream()
        .collect(Collectors.toUnmodifiableMap(IntegrationPackage::uniqueName, Function.identity()));
    usersByToken = data.usersOrEmpty().entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> SandboxUser.of(e.getValue())));
    defaultUser = SandboxUser.of(data.defaultUser());
  }

  /** Any token is a user: the data file's named ones get their own permissions, every other the default's. */
  public SandboxUser user(String token) {
    return usersByToken.getOrDefault(token, defaultUser);
  }

  /** The seed data's iTwin with this id. */
  public Optional<ITwin> iTwin(String id) {
    return Optional.ofNullable(iTwins.get(id));
  }

  /** The iTwin's GIS repository with this id. */
  public Optional<Repository> repository(ITwin iTwin, String repositoryId) {
    return iTwin.repositories().stream().filter(r -> r.id().equals(repositoryId)).findFirst();
  }

  /** The iTwin's role with this id. */
  public Optional<Role> iTwinRole(ITwin iTwin, String roleId) {
    return iTwin.roles().stream().filter(r -> r.id().equals(roleId)).findFirst();
  }

  /** The integration package with this unique name. */
  public Optional<IntegrationPackage> integrationPackage(String uniqueName) {
    return Optional.ofNullable(packages.get(uniqueName));
  }

  /** The package's role with this id. */
  public Optional<Role> packageRole(IntegrationPackage integrationPackage, String roleId) {
    return integrationPackage.roles().stream().filter(r -> r.id().equals(roleId)).findFirst();
  }
}
