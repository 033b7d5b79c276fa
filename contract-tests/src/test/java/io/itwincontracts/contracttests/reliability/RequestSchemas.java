package io.itwincontracts.contracttests.reliability;

import io.itwincontracts.validator.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The request body schemas of the bundled specs, read from the YAML the validator also reads, with local and
 * cross-file {@code $ref}s followed: the fuzzer mutates a payload where the schema says it can break.
 */
final class RequestSchemas {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private final Map<String, JsonNode> specs = new HashMap<>();

  /** The operation's request body schema, resolved; a missing node if it has no body. */
  JsonNode requestSchema(Operation operation) {
    JsonNode schema = spec(operation.spec()).path("paths").path(operation.path())
        .path(operation.method().toLowerCase(Locale.ROOT)).path("requestBody").path("content")
        .path("application/json").path("schema");
    return resolve(operation.spec(), schema);
  }

  /** The node itself, or what its {@code $ref} points to (in the same file or a sibling spec file). */
  JsonNode resolve(String file, JsonNode node) {
    JsonNode current = node;
    String currentFile = file;
    for (int hops = 0; current.has("$ref") && hops < 16; hops++) {
      String ref = current.get("$ref").asString();
      int hash = ref.indexOf('#');
      if (hash > 0) {
        currentFile = ref.substring(0, hash).replace("./", "");
      }
      current = spec(currentFile).at(ref.substring(hash + 1));
    }
    return current;
  }

  private JsonNode spec(String file) {
    return specs.computeIfAbsent(file, name -> {
      try (InputStream in = RequestSchemas.class.getClassLoader().getResourceAsStream("openapi/" + name)) {
        if (in == null) {
          throw new IllegalStateException("openapi/" + name + " is not on the classpath");
        }
        return YAML.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
