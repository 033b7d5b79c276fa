package io.itwincontracts.sandbox.internal.state;

import io.itwincontracts.sandbox.internal.state.SandboxData.Connection;
import io.itwincontracts.sandbox.internal.state.SandboxData.ITwin;
import io.itwincontracts.sandbox.internal.state.SandboxData.Repository;
import io.itwincontracts.server.itwins.model.ResourceClass;
import io.itwincontracts.server.itwins.model.ResourceSubClass;
import io.itwincontracts.server.synchronization.model.AuthenticationType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Seed values that the APIs echo into enums of the spec must be values of those enums: a data file (or a seed)
 * with another is refused when it is loaded, naming the entry and the values allowed, instead of every request
 * that reads it answering 500.
 */
final class SeedCheck {
  private SeedCheck() {}

  static void check(SandboxData data) {
    for (Connection connection : data.connectionsOrEmpty()) {
      allowed("manifest connection " + connection.id() + ": authenticationType", connection.authenticationType(),
          AuthenticationType::fromValue, AuthenticationType.values());
    }
    for (ITwin iTwin : data.iTwins()) {
      for (Repository repository : iTwin.repositories() == null ? List.<Repository>of() : iTwin.repositories()) {
        String where = "iTwin " + iTwin.id() + ", repository " + repository.id() + ": ";
        allowed(where + "class", repository.resourceClass(), ResourceClass::fromValue, ResourceClass.values());
        if (repository.subClass() != null) {
          allowed(where + "subClass", repository.subClass(), ResourceSubClass::fromValue, ResourceSubClass.values());
        }
      }
    }
  }

  private static void allowed(String where, String value, Function<String, ?> parse, Object[] values) {
    try {
      parse.apply(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("seed data: " + where + " '" + value + "' is not one of "
          + Arrays.toString(values));
    }
  }
}
