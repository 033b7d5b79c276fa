package io.itwincontracts.sandbox;

import java.time.Clock;

/** Everything a sandbox holds: the seed data's directory and the stores the operations write to. */
record SandboxState(SandboxDirectory directory, SystemStore systems, ResourceStore resources, ConnectionStore connections) {
  static SandboxState of(SandboxData data, Clock clock) {
    return new SandboxState(new SandboxDirectory(data), new SystemStore(clock), new ResourceStore(),
        new ConnectionStore(data.connectionsOrEmpty()));
  }
}
