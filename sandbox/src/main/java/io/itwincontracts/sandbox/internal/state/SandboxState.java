package io.itwincontracts.sandbox.internal.state;

import io.itwincontracts.sandbox.internal.state.SandboxData.SeededSystem;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a sandbox holds: the seed data's directory and the stores the operations write to. {@link #load}
 * replaces all of it at once with a state seeded afresh, which is how a test resets or seeds a running sandbox.
 */
public final class SandboxState {
  private record Contents(SandboxData data, SandboxDirectory directory, SystemStore systems,
      ResourceStore resources, ConnectionStore connections) {}

  private final Clock clock;
  private volatile Contents contents;

  private SandboxState(SandboxData data, Clock clock) {
    this.clock = clock;
    load(data);
  }

  /** A fresh state seeded from {@code data}; {@code clock} dates the systems it stores. */
  public static SandboxState of(SandboxData data, Clock clock) {
    return new SandboxState(data, clock);
  }

  /**
   * Drops everything held and seeds afresh from {@code data}; requests under way see the old or the new state.
   *
   * @throws IllegalArgumentException naming the entry of {@code data} that the APIs could not answer with
   */
  public synchronized void load(SandboxData data) {
    SeedCheck.check(data);
    SandboxDirectory directory = new SandboxDirectory(data);
    SystemStore systems = new SystemStore(clock);
    for (SeededSystem system : data.systemsOrEmpty()) {
      String organizationId = directory.iTwin(system.iTwinId())
          .orElseThrow(() -> new IllegalArgumentException("seeded system " + system.systemId()
              + ": no iTwin " + system.iTwinId() + " in the seed data")).organizationId();
      systems.create(system.iTwinId(), organizationId, system.name(), system.systemId(), system.systemType(),
          Map.of(), directory.user(""));
    }
    contents = new Contents(data, directory, systems, new ResourceStore(),
        new ConnectionStore(data.connectionsOrEmpty()));
  }

  /** The data the state was last seeded from. */
  public SandboxData data() {
    return contents.data();
  }

  /** Look-ups in the seed data. */
  public SandboxDirectory directory() {
    return contents.directory();
  }

  /** EDFS systems. */
  public SystemStore systems() {
    return contents.systems();
  }

  /** Resources created in GIS repositories. */
  public ResourceStore resources() {
    return contents.resources();
  }

  /** Manifest connections. */
  public ConnectionStore connections() {
    return contents.connections();
  }
}
