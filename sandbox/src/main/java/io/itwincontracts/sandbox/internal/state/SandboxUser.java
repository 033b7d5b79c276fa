package io.itwincontracts.sandbox.internal.state;

import java.security.Principal;
import java.util.Set;

/** The caller of a request, as its bearer token identifies it; carries no token, so it is safe to log. */
public record SandboxUser(String userId, String userName, Set<String> permissions) implements Principal {
  static SandboxUser of(SandboxData.User user) {
    return new SandboxUser(user.userId(), user.userName(),
        user.permissions() == null ? Set.of() : Set.copyOf(user.permissions()));
  }

  @Override
  public String getName() {
    return userName;
  }

  /** Whether the user holds every one of {@code required}. */
  public boolean hasAll(Set<String> required) {
    return permissions.containsAll(required);
  }
}
