package io.itwincontracts.validator.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Spec files as raw YAML trees, so lint rules see what the author wrote (a {@code $ref}, where it points) and can
 * name the file and JSON pointer of each node; swagger-parser's resolved model has lost both.
 */
final class SpecTree {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private final Map<Path, JsonNode> files = new HashMap<>();

  /** A node with the file it is in and its JSON pointer there. */
  record Node(Path file, String pointer, JsonNode json) {
    Node child(String key) {
      return new Node(file, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), json.path(key));
    }

    Node element(int index) {
      return new Node(file, pointer + "/" + index, json.path(index));
    }

    boolean exists() {
      return !json.isMissingNode();
    }

    String fileName() {
      return file.getFileName().toString();
    }
  }

  Node root(Path file) {
    return new Node(file, "", document(file));
  }

  /** Follows {@code $ref}s, across files, until a node that is not a reference; a dangling one gives a missing node. */
  Node resolve(Node node) {
    Node current = node;
    for (int hops = 0; current.json().has("$ref") && hops < 16; hops++) {
      String ref = current.json().get("$ref").asString();
      int hash = ref.indexOf('#');
      Path file = hash == 0 ? current.file() : current.file().resolveSibling(hash < 0 ? ref : ref.substring(0, hash))
          .normalize();
      String pointer = hash < 0 ? "" : ref.substring(hash + 1);
      JsonNode target = Files.isRegularFile(file) ? document(file).at(pointer) : MissingNode.getInstance();
      current = new Node(file, pointer, target);
    }
    return current;
  }

  private JsonNode document(Path file) {
    return files.computeIfAbsent(file.toAbsolutePath().normalize(), path -> {
      try {
        return YAML.readTree(Files.readString(path));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      } catch (JacksonException e) {
        throw new IllegalArgumentException(path.getFileName() + ": not YAML: " + e.getOriginalMessage(), e);
      }
    });
  }
}
