package io.itwincontracts.sandbox;

import io.itwincontracts.sandbox.SandboxData.ITwin;
import io.itwincontracts.sandbox.SandboxData.IntegrationPackage;
import io.itwincontracts.sandbox.SandboxData.Repository;
import io.itwincontracts.sandbox.SandboxData.Role;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read-only look-ups in the seed data: iTwins, their roles and repositories, packages, and users by token. */
final class SandboxDirectory {
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
  SandboxUser user(String token) {
    return usersByToken.getOrDefault(token, defaultUser);
  }

  Optional<ITwin> iTwin(String id) {
    return Optional.ofNullable(iTwins.get(id));
  }

  Optional<Repository> repository(ITwin iTwin, String repositoryId) {
    return iTwin.repositories().stream().filter(r -> r.id().equals(repositoryId)).findFirst();
  }

  Optional<Role> iTwinRole(ITwin iTwin, String roleId) {
    return iTwin.roles().stream().filter(r -> r.id().equals(roleId)).findFirst();
  }

  Optional<IntegrationPackage> integrationPackage(String uniqueName) {
    return Optional.ofNullable(packages.get(uniqueName));
  }

  Optional<Role> packageRole(IntegrationPackage integrationPackage, String roleId) {
    return integrationPackage.roles().stream().filter(r -> r.id().equals(roleId)).findFirst();
  }
}
