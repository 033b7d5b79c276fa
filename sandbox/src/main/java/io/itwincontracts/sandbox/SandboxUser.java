package io.itwincontracts.sandbox;

import java.security.Principal;
import java.util.Set;

/** The caller of a request, as its bearer token identifies it; carries no token, so it is safe to log. */
record SandboxUser(String userId, String userName, Set<String> permissions) implements Principal {
  static SandboxUser of(SandboxData.User user) {
    return new SandboxUser(user.userId(), user.userName(),
        user.permissions() == null ? Set.of() : Set.copyOf(user.permissions()));
  }

  @Override
  public String getName() {
    return userName;
  }

  boolean hasAll(Set<String> required) {
    return permissions.containsAll(required);
  }
}
