package io.itwincontracts.sandbox.state;

import java.time.Clock;

/** Everything a sandbox holds: the seed data's directory and the stores the operations write to. */
public record SandboxState(SandboxDirectory directory, SystemStore systems, ResourceStore resources,
    ConnectionStore connections) {
  /** A fresh state seeded from {@code data}; {@code clock} dates the systems it stores. */
  public static SandboxState of(SandboxData data, Clock clock) {
    return new SandboxState(new SandboxDirectory(data), new SystemStore(clock), new ResourceStore(),
        new ConnectionStore(data.connectionsOrEmpty()));
  }
}
