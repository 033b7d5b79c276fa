package io.itwincontracts.sandbox.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resources created in GIS repositories; an id or a display name is unique within its repository. */
public final class ResourceStore {
  private final Map<String, List<Created>> byRepository = new ConcurrentHashMap<>();

  record Created(String id, String displayName) {}

  /** Adds the resource unless its id or display name is taken; atomic per repository. */
  public boolean add(String iTwinId, String repositoryId, String id, String displayName) {
    List<Created> resources = byRepository.computeIfAbsent(iTwinId + "/" + repositoryId, key -> new ArrayList<>());
    synchronized (resources) {
      boolean taken = resources.stream()
          .anyMatch(r -> r.id().equalsIgnoreCase(id) || r.displayName().equalsIgnoreCase(displayName));
      if (!taken) {
        resources.add(new Created(id, displayName));
      }
      return !taken;
    }
  }

  List<Created> list(String iTwinId, String repositoryId) {
    List<Created> resources = byRepository.getOrDefault(iTwinId + "/" + repositoryId, List.of());
    synchronized (resources) {
      return List.copyOf(resources);
    }
  }
}
