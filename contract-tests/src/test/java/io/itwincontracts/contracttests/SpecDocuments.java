package io.itwincontracts.contracttests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bundled spec files as JSON trees, addressed by URI so that relative {@code $ref}s resolve as they do for
 * the generators and for networknt.
 *
 * <p>The specs are named under {@link #BASE}, an https prefix that {@link SchemaRegistries} maps onto the
 * classpath: {@code classpath:} URIs are opaque, and {@link URI#resolve} cannot resolve against them.
 */
final class SpecDocuments {
  static final String BASE = "https://contracts.invalid/openapi/";

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private final Map<URI, JsonNode> documents = new ConcurrentHashMap<>();

  /** A node of a spec, with the document it lives in and its JSON pointer there. */
  record Located(URI document, String pointer, JsonNode node) {
    Located child(String key) {
      return new Located(document, pointer + "/" + escape(key), node.path(key));
    }

    String location() {
      return document + "#" + pointer;
    }
  }

  Located root(String file) {
    URI uri = URI.create(BASE + file);
    return new Located(uri, "", document(uri));
  }

  /** Follows {@code $ref}s until it reaches a node that is not a reference. */
  Located resolve(Located located) {
    Located current = located;
    for (int hops = 0; current.node().has("$ref"); hops++) {
      if (hops > 16) {
        throw new IllegalStateException("$ref cycle at " + located.location());
      }
      String ref = current.node().get("$ref").asString();
      int hash = ref.indexOf('#');
      URI target = hash == 0 ? current.document() : current.document().resolve(ref.substring(0, hash < 0 ? ref.length() : hash));
      String pointer = hash < 0 ? "" : ref.substring(hash + 1);
      JsonNode node = document(target).at(pointer);
      if (node.isMissingNode()) {
        throw new IllegalStateException(current.location() + ": $ref '" + ref + "' does not resolve");
      }
      current = new Located(target, pointer, node);
    }
    return current;
  }

  /** The networknt location of a schema node: its {@code $ref} target, or the node's own place. */
  String schemaLocation(Located schema) {
    if (schema.node().has("$ref")) {
      String ref = schema.node().get("$ref").asString();
      return ref.startsWith("#") ? schema.document() + ref : schema.document().resolve(ref).toString();
    }
    return schema.location();
  }

  private JsonNode document(URI uri) {
    return documents.computeIfAbsent(uri, u -> {
      String resource = "openapi/" + u.toString().substring(BASE.length());
      try (InputStream in = SpecDocuments.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("no spec on the classpath at " + resource);
        }
        return YAML.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
