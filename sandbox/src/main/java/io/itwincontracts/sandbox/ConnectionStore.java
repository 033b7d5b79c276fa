package io.itwincontracts.sandbox;

import io.itwincontracts.sandbox.SandboxData.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Manifest connections by id, updated atomically. */
final class ConnectionStore {
  private final Map<String, Connection> byId = new ConcurrentHashMap<>();

  ConnectionStore(Iterable<Connection> seed) {
    seed.forEach(connection -> byId.put(connection.id(), connection));
  }

  Optional<Connection> update(String id, UnaryOperator<Connection> change) {
    return Optional.ofNullable(byId.computeIfPresent(id, (key, connection) -> change.apply(connection)));
  }
}
