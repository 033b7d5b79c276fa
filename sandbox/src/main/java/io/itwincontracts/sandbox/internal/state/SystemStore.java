package io.itwincontracts.sandbox.internal.state;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EDFS systems per iTwin. A system's credentials are kept (a real service would use them) but no read path
 * returns them, and {@link StoredSystem#toString()} masks them.
 */
public final class SystemStore {
  private final Map<String, Map<String, StoredSystem>> byITwin = new ConcurrentHashMap<>();
  private final Clock clock;

  SystemStore(Clock clock) {
    this.clock = clock;
  }

  /** A stored system; {@code credentials} never leave the store. */
  public record StoredSystem(String id, String name, String systemId, String systemType,
      Map<String, String> credentials, String organizationId, OffsetDateTime lastChange, SandboxUser changedBy) {
    @Override
    public String toString() {
      return "StoredSystem[id=" + id + ", systemId=" + systemId + ", credentials=" + credentials.keySet() + " (values masked)]";
    }
  }

  /**
   * Stores a new system unless the iTwin already has one with the same systemId (compared case-insensitively);
   * atomic, so of concurrent creates with one systemId exactly one succeeds.
   */
  public Optional<StoredSystem> create(String iTwinId, String organizationId, String name, String systemId,
      String systemType, Map<String, String> credentials, SandboxUser user) {
    StoredSystem system = new StoredSystem(UUID.randomUUID().toString(), name, systemId, systemType,
        Map.copyOf(credentials), organizationId, OffsetDateTime.now(clock), user);
    StoredSystem existing = byITwin.computeIfAbsent(iTwinId, id -> new ConcurrentHashMap<>())
        .putIfAbsent(systemId.toLowerCase(Locale.ROOT), system);
    return existing == null ? Optional.of(system) : Optional.empty();
  }

  /** The iTwin's systems, oldest change first. */
  public List<StoredSystem> list(String iTwinId) {
    return byITwin.getOrDefault(iTwinId, Map.of()).values().stream()
        .sorted(Comparator.comparing(StoredSystem::lastChange).thenComparing(StoredSystem::id)).toList();
  }
}
