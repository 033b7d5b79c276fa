package io.itwincontracts.contracttests.structure;

import java.nio.file.Path;
import java.util.List;

/** The reactor's published modules with hand-written code, as this suite finds them beside it. */
final class PublishedModules {
  static final List<String> NAMES = List.of("runtime", "spec-reader", "spec-checks", "validator", "conformance",
      "client", "cli", "sandbox", "sandbox-junit", "sandbox-testcontainers");

  private PublishedModules() {}

  static Path directory(String module) {
    return Path.of("..", module).toAbsolutePath().normalize();
  }

  static Path classes(String module) {
    return directory(module).resolve("target/classes");
  }
}
