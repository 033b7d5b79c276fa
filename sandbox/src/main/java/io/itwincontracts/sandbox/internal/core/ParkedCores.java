package io.itwincontracts.sandbox.internal.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one stopped-listening core per {@link SandboxCore.Shape}, for the next start in this JVM: every test class
 * after the first starts its sandbox in milliseconds instead of building its server again. A parked
 * core holds no socket; its threads are daemons, so it never keeps a JVM alive.
 */
final class ParkedCores {
  private static final Map<SandboxCore.Shape, SandboxCore> PARKED = new ConcurrentHashMap<>();

  private ParkedCores() {}

  /** The parked core of this shape, now no longer parked; null if there is none. */
  static SandboxCore take(SandboxCore.Shape shape) {
    return PARKED.remove(shape);
  }

  /** Whether a core of this shape is parked. */
  static boolean has(SandboxCore.Shape shape) {
    return PARKED.containsKey(shape);
  }

  /** Parks a core; false if one of its shape is parked already. */
  static boolean park(SandboxCore.Shape shape, SandboxCore core) {
    return PARKED.putIfAbsent(shape, core) == null;
  }
}
