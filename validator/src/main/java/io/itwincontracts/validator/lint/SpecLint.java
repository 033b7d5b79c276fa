package io.itwincontracts.validator.lint;

import io.itwincontracts.validator.lint.SpecTree.Node;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Lints one API spec: swagger-parser's OpenAPI 3.0 validation (the parser every generator here uses), then the
 * project's rules, which generated clients and the client runtime rely on:
 *
 * <ul>
 *   <li>{@code operation-id}: every operation has an operationId (it names the generated method);
 *   <li>{@code shared-error-schema}: every 4xx/5xx body is {@code common.yaml}'s ErrorResponse or
 *       DetailedErrorResponse (the client maps one error model);
 *   <li>{@code retry-after}: every 429 declares the {@code retry-after} header (the client waits for it);
 *   <li>{@code additional-properties}: every object schema of a request or response states
 *       additionalProperties (open or closed is a compatibility decision, so it must be explicit);
 *   <li>{@code status-example}: every documented status with a body has an example (the contract tests check
 *       each against its schema).
 * </ul>
 */
public final class SpecLint {
  static final String SHARED_FILE = "common.yaml";
  static final Set<String> SHARED_ERROR_SCHEMAS =
      Set.of("/components/schemas/ErrorResponse", "/components/schemas/DetailedErrorResponse");
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final SpecTree tree = new SpecTree();
  private final Set<LintViolation> violations = new LinkedHashSet<>();
  private final Set<String> schemasSeen = new HashSet<>();

  private SpecLint() {}

  /**
   * Lints every API spec (a YAML file with paths) in a directory and fails on any violation. The validator module's
   * build runs it on {@code openapi/src/main/resources/openapi}.
   *
   * @throws LintFailure listing every violation
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SpecLint SPEC_DIR");
    }
    List<LintViolation> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path spec : files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList()) {
        if (new SpecTree().root(spec).child("paths").json().size() > 0) {
          List<LintViolation> violations = lint(spec);
          System.out.println(spec.getFileName() + ": " + violations.size() + " lint violation(s)");
          found.addAll(violations);
        }
      }
    }
    if (!found.isEmpty()) {
      throw new LintFailure(found);
    }
  }

  /** Every violation in one API spec and in the shared parts it references. */
  public static List<LintViolation> lint(Path spec) {
    return new SpecLint().run(spec);
  }

  /** Fails the build with every violation in its message, without a stack trace that would bury them. */
  static final class LintFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LintFailure(List<LintViolation> violations) {
      super("spec lint violation(s):\n" + String.join("\n", violations.stream().map(Object::toString).toList()),
          null, false, false);
    }
  }

  private List<LintViolation> run(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    for (String message : new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options).getMessages()) {
      violations.add(new LintViolation(spec.getFileName().toString(), "", "openapi-3.0", message));
    }
    Node paths = tree.root(spec).child("paths");
    for (Map.Entry<String, JsonNode> path : paths.json().properties()) {
      Node item = paths.child(path.getKey());
      for (String method : path.getValue().propertyNames()) {
        if (METHODS.contains(method)) {
          operation(item.child(method));
        }
      }
    }
    return new ArrayList<>(violations);
  }

  private void operation(Node operation) {
    if (operation.json().path("operationId").asString("").isBlank()) {
      add(operation, "operation-id", "operation has no operationId");
    }
    Node body = tree.resolve(operation.child("requestBody"));
    if (body.exists()) {
      forEachMedia(body, media -> schema(media.child("schema")));
    }
    Node responses = operation.child("responses");
    for (String status : responses.json().propertyNames()) {
      response(status, responses.child(status));
    }
  }

  private void response(String status, Node declared) {
    Node response = tree.resolve(declared);
    boolean error = status.startsWith("4") || status.startsWith("5");
    if (error && !response.json().has("content")) {
      add(declared, "shared-error-schema", status + " has no body; use " + SHARED_FILE + "'s ErrorResponse or DetailedErrorResponse");
    }
    if (status.equals("429") && !hasHeader(response, "retry-after")) {
      add(declared, "retry-after", "429 does not declare the retry-after header");
    }
    forEachMedia(response, media -> {
      Node schema = media.child("schema");
      if (error && !isSharedErrorSchema(schema)) {
        add(schema, "shared-error-schema",
            status + " body is not " + SHARED_FILE + "'s ErrorResponse or DetailedErrorResponse");
      }
      if (!media.json().has("example") && !media.json().has("examples")) {
        add(media, "status-example", status + " has no example");
      }
      schema(schema);
    });
  }

  private boolean isSharedErrorSchema(Node schema) {
    if (!schema.json().has("$ref")) {
      return false;
    }
    Node target = tree.resolve(schema);
    return target.exists() && target.fileName().equals(SHARED_FILE) && SHARED_ERROR_SCHEMAS.contains(target.pointer());
  }

  private boolean hasHeader(Node response, String name) {
    for (String header : response.json().path("headers").propertyNames()) {
      if (header.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private void forEachMedia(Node owner, Consumer<Node> action) {
    Node content = owner.child("content");
    for (String type : content.json().propertyNames()) {
      action.accept(content.child(type));
    }
  }

  /** Checks a schema and every schema inside it, each once however many operations reach it. */
  private void schema(Node declared) {
    Node schema = tree.resolve(declared);
    if (!schema.exists() || !schemasSeen.add(schema.file() + "#" + schema.pointer())) {
      return;
    }
    JsonNode json = schema.json();
    boolean object = "object".equals(json.path("type").asString("")) || json.has("properties");
    if (object && !json.has("additionalProperties")) {
      add(schema, "additional-properties", "object schema does not state additionalProperties");
    }
    Node properties = schema.child("properties");
    for (String name : properties.json().propertyNames()) {
      schema(properties.child(name));
    }
    for (String nested : List.of("items", "additionalProperties", "not")) {
      if (json.path(nested).isObject()) {
        schema(schema.child(nested));
      }
    }
    for (String composition : List.of("allOf", "oneOf", "anyOf")) {
      for (int i = 0; i < json.path(composition).size(); i++) {
        schema(schema.child(composition).element(i));
      }
    }
  }

  private void add(Node node, String rule, String message) {
    violations.add(new LintViolation(node.fileName(), node.pointer(), rule, message));
  }
}
