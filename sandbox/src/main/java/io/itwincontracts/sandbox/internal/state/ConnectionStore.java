package io.itwincontracts.sandbox.internal.state;

import io.itwincontracts.sandbox.internal.state.SandboxData.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Manifest connections by id, updated atomically. */
public final class ConnectionStore {
  private final Map<String, Connection> byId = new ConcurrentHashMap<>();

  ConnectionStore(Iterable<Connection> seed) {
    seed.forEach(connection -> byId.put(connection.id(), connection));
  }

  /** Replaces the connection with {@code change} of it, atomically; empty if there is no such connection. */
  public Optional<Connection> update(String id, UnaryOperator<Connection> change) {
    return Optional.ofNullable(byId.computeIfPresent(id, (key, connection) -> change.apply(connection)));
  }
}
