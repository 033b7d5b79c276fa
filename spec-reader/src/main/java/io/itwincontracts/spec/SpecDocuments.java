package io.itwincontracts.spec;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Spec files as JSON trees, addressed by URI so that relative {@code $ref}s resolve as they do for the
 * generators and for networknt: the bundled specs under {@link #BUNDLED} (an https prefix mapped onto the
 * classpath, because {@code classpath:} URIs are opaque and {@link URI#resolve} cannot resolve against them),
 * a user's spec by its {@code file:} URI. The one reader of spec trees: the validator's catalog, the spec checks of the
 * build and the fuzz generator all walk specs through it.
 */
public final class SpecDocuments {
  /** The URI prefix of the bundled specs; networknt maps it onto {@link #CLASSPATH}. */
  public static final String BUNDLED = "https://contracts.invalid/openapi/";
  /** Where the bundled specs live on the classpath (the {@code openapi} artifact). */
  public static final String CLASSPATH = "openapi/";

  // insertion-ordered, so that component names resolve in the order the specs reach their files
  private final Map<URI, JsonNode> documents = Collections.synchronizedMap(new LinkedHashMap<>());

  /** A node of a spec, with the document it lives in and its JSON pointer there. */
  public record Located(URI document, String pointer, JsonNode node) {
    /** The node under {@code key}; a missing node if there is none. */
    public Located child(String key) {
      return new Located(document, pointer + "/" + escape(key), node.path(key));
    }

    /** The array element at {@code index}; a missing node if there is none. */
    public Located element(int index) {
      return new Located(document, pointer + "/" + index, node.path(index));
    }

    /** False for the missing node that an absent key or a dangling {@code $ref} gives. */
    public boolean exists() {
      return !node.isMissingNode();
    }

    /** The document's file name ({@code edfs.yaml}). */
    public String fileName() {
      return name(document);
    }

    /** The node's place as a URI with a JSON pointer fragment. */
    public String location() {
      return document + "#" + pointer;
    }
  }

  /** The keys of an OpenAPI 3.0 path item that hold an operation. */
  public static final Set<String> OPERATION_KEYS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** The URI of a spec bundled with the library ({@code edfs.yaml}, {@code common.yaml}, ...). */
  public static URI bundled(String file) {
    return URI.create(BUNDLED + file);
  }

  /** The whole document at {@code document}. */
  public Located root(URI document) {
    return new Located(document, "", document(document));
  }

  /** Every document read so far, in the order they were first reached. */
  public List<URI> loaded() {
    synchronized (documents) {
      return List.copyOf(documents.keySet());
    }
  }

  /**
   * Follows {@code $ref}s until a node that is not a reference, as {@link #resolve} does, but answers a dangling
   * one with a missing node instead of throwing: for checks that report it themselves.
   */
  public Located resolveOrMissing(Located located) {
    try {
      return resolve(located);
    } catch (SpecException dangling) {
      return new Located(located.document(), located.pointer(), MissingNode.getInstance());
    }
  }

  /**
   * Follows {@code $ref}s until it reaches a node that is not a reference.
   *
   * @throws SpecException naming the file and pointer of a {@code $ref} that points nowhere, or a cycle
   */
  public Located resolve(Located located) {
    Located current = located;
    for (int hops = 0; current.node().has("$ref"); hops++) {
      if (hops > 16) {
        throw new SpecException(located.location() + ": $ref cycle");
      }
      String ref = current.node().get("$ref").asText();
      URI target = target(current.document(), ref);
      String pointer = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
      JsonNode node = document(target).at(pointer);
      if (node.isMissingNode()) {
        throw new SpecException(name(current.document()) + ": " + current.pointer() + "/$ref: '" + ref
            + "' points to nothing: " + name(target) + " has no " + pointer);
      }
      current = new Located(target, pointer, node);
    }
    return current;
  }

  /** The networknt location of a schema node: its {@code $ref} target, or the node's own place. */
  public static String schemaLocation(Located schema) {
    if (schema.node().has("$ref")) {
      String ref = schema.node().get("$ref").asText();
      String pointer = ref.contains("#") ? ref.substring(ref.indexOf('#')) : "#";
      return target(schema.document(), ref) + pointer;
    }
    return schema.location();
  }

  /** The file name of a document's URI ({@code edfs.yaml}). */
  public static String name(URI document) {
    String path = document.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static URI target(URI document, String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    return file.isEmpty() ? document : document.resolve(file);
  }

  private JsonNode document(URI uri) {
    return documents.computeIfAbsent(uri, SpecDocuments::read);
  }

  private static JsonNode read(URI uri) {
    try {
      InputStream twin = openBundledTwin(uri);
      if (twin != null) {
        try (twin) {
          return JsonTwins.readTwin(twin);
        }
      }
      try (InputStream in = open(uri)) {
        return SpecYaml.parse(in, name(uri));
      }
    } catch (NoSuchFileException e) {
      throw new SpecException(uri.getPath() + ": no such file");
    } catch (IOException e) {
      throw new SpecException(uri.getPath() + ": cannot be read: " + e.getMessage());
    }
  }

  /**
   * The JSON twin of a bundled spec ({@link JsonTwins}), opened for reading; null for a document that is not bundled,
   * or a classpath without twins (then its YAML is to be read).
   */
  public static InputStream openBundledTwin(URI document) {
    String text = document.toString();
    String twin = text.startsWith(BUNDLED) ? JsonTwins.nameOf(text.substring(BUNDLED.length())) : null;
    return twin == null ? null : SpecDocuments.class.getClassLoader().getResourceAsStream(CLASSPATH + twin);
  }

  private static InputStream open(URI uri) throws IOException {
    String text = uri.toString();
    if (text.startsWith(BUNDLED)) {
      String resource = CLASSPATH + text.substring(BUNDLED.length());
      InputStream in = SpecDocuments.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new NoSuchFileException(resource);
      }
      return in;
    }
    return Files.newInputStream(Path.of(uri));
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
