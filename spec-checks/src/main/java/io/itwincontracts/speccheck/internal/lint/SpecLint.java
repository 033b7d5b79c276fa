package io.itwincontracts.speccheck.internal.lint;

import io.itwincontracts.spec.JsonKeys;
import io.itwincontracts.spec.SpecDocuments.Located;
import io.itwincontracts.spec.SpecDocuments;
import io.itwincontracts.speccheck.SpecFiles;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lints one API spec: swagger-parser's OpenAPI 3.0 validation (the parser every generator here uses), then the
 * project's rules, which generated clients and the client runtime rely on:
 *
 * <ul>
 *   <li>{@code operation-id}: every operation has an operationId (it names the generated method);
 *   <li>{@code shared-error-schema}: every 4xx/5xx and {@code default} body is {@code common.yaml}'s ErrorResponse or
 *       DetailedErrorResponse (the client maps one error model);
 *   <li>{@code retry-after}: every 429 declares the {@code retry-after} header (the client waits for it);
 *   <li>{@code additional-properties}: every object schema of a request or response states
 *       additionalProperties (open or closed is a compatibility decision, so it must be explicit);
 *   <li>{@code status-example}: every documented status with a body has an example (the contract tests check
 *       each against its schema);
 *   <li>{@code no-default}: no operation has a {@code default} response: it would document every status the
 *       operation does not list, so no checker could tell a listed status from any other;
 *   <li>{@code error-codes}: every 4xx/5xx response lists the codes its body may carry ({@code x-error-codes}, which
 *       the validator enforces), and each of its examples carries one of them;
 *   <li>{@code media-types-agree}: the media types of one body keep the same schema and the same examples.
 * </ul>
 */
public final class SpecLint {
  static final String SHARED_FILE = "common.yaml";
  static final String ERROR_CODES = "x-error-codes";
  static final Set<String> SHARED_ERROR_SCHEMAS =
      Set.of("/components/schemas/ErrorResponse", "/components/schemas/DetailedErrorResponse");

  private final SpecDocuments tree = new SpecDocuments();
  private final Set<LintViolation> violations = new LinkedHashSet<>();
  private final Set<String> schemasSeen = new HashSet<>();

  private SpecLint() {}

  /**
   * Lints every API spec (a YAML file with paths) in a directory, printing one count line per spec.
   *
   * @return every violation, in file order
   */
  public static List<LintViolation> lintDirectory(Path directory, PrintStream out) {
    List<LintViolation> found = new ArrayList<>();
    for (Path spec : SpecFiles.list(directory)) {
      if (new SpecDocuments().root(uri(spec)).child("paths").node().size() > 0) {
        List<LintViolation> violations = lint(spec);
        out.println(spec.getFileName() + ": " + violations.size() + " lint violation(s)");
        found.addAll(violations);
      }
    }
    return found;
  }

  /** Every violation in one API spec and in the shared parts it references. */
  public static List<LintViolation> lint(Path spec) {
    return new SpecLint().run(spec);
  }

  private List<LintViolation> run(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    for (String message : new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options).getMessages()) {
      violations.add(new LintViolation(spec.getFileName().toString(), "", "openapi-3.0", message));
    }
    Located paths = tree.root(uri(spec)).child("paths");
    for (Map.Entry<String, JsonNode> path : paths.node().properties()) {
      Located item = paths.child(path.getKey());
      for (String method : JsonKeys.of(path.getValue())) {
        if (SpecDocuments.OPERATION_KEYS.contains(method)) {
          operation(item.child(method));
        }
      }
    }
    return new ArrayList<>(violations);
  }

  private void operation(Located operation) {
    if (operation.node().path("operationId").asText("").isBlank()) {
      add(operation, "operation-id", "operation has no operationId");
    }
    Located body = tree.resolveOrMissing(operation.child("requestBody"));
    if (body.exists()) {
      forEachMedia(body, media -> schema(media.child("schema")));
      mediaTypesAgree(body);
    }
    Located responses = operation.child("responses");
    for (String status : JsonKeys.of(responses.node())) {
      if (status.equals("default")) {
        add(responses.child(status), "no-default", "a default response documents every status the operation does not"
            + " list; list each status instead");
      }
      response(status, responses.child(status));
    }
  }

  private void response(String status, Located declared) {
    Located response = tree.resolveOrMissing(declared);
    boolean error = status.startsWith("4") || status.startsWith("5") || status.equals("default");
    if (error && !response.node().has("content")) {
      add(declared, "shared-error-schema", status + " has no body; use " + SHARED_FILE + "'s ErrorResponse or DetailedErrorResponse");
    }
    if (status.equals("429") && !hasHeader(response, "retry-after")) {
      add(declared, "retry-after", "429 does not declare the retry-after header");
    }
    if (error && response.exists()) {
      errorCodes(status, declared, response);
    }
    mediaTypesAgree(response);
    forEachMedia(response, media -> {
      Located schema = media.child("schema");
      if (error && !isSharedErrorSchema(schema)) {
        add(schema, "shared-error-schema",
            status + " body is not " + SHARED_FILE + "'s ErrorResponse or DetailedErrorResponse");
      }
      if (!media.node().has("example") && !media.node().has("examples")) {
        add(media, "status-example", status + " has no example");
      }
      schema(schema);
    });
  }

  private void errorCodes(String status, Located declared, Located response) {
    JsonNode codes = response.node().path(ERROR_CODES);
    if (!codes.isArray() || codes.isEmpty()) {
      add(declared, "error-codes", status + " lists no " + ERROR_CODES + ": the codes its body may carry");
      return;
    }
    Set<String> listed = new HashSet<>();
    codes.forEach(code -> listed.add(code.asText()));
    forEachMedia(response, media -> {
      exampleCode(status, "example", media.child("example"), media.node().path("example"), listed);
      Located examples = media.child("examples");
      for (String name : JsonKeys.of(examples.node())) {
        exampleCode(status, "example " + name, examples.child(name),
            tree.resolveOrMissing(examples.child(name)).node().path("value"), listed);
      }
    });
  }

  private void exampleCode(String status, String name, Located where, JsonNode value, Set<String> listed) {
    JsonNode code = value.path("error").path("code");
    if (code.isTextual() && !listed.contains(code.asText())) {
      add(where, "error-codes", status + " " + name + " carries " + code.asText() + ", which " + ERROR_CODES
          + " does not list");
    }
  }

  /** Every media type of a body keeps the first one's schema and examples, as written. */
  private void mediaTypesAgree(Located owner) {
    Located content = owner.child("content");
    JsonNode first = null;
    String firstType = null;
    for (String type : JsonKeys.of(content.node())) {
      JsonNode media = content.node().get(type);
      if (first == null) {
        first = media;
        firstType = type;
        continue;
      }
      for (String part : List.of("schema", "example", "examples")) {
        if (!first.path(part).equals(media.path(part))) {
          add(content.child(type), "media-types-agree", type + " has another " + part + " than " + firstType);
        }
      }
    }
  }

  private boolean isSharedErrorSchema(Located schema) {
    if (!schema.node().has("$ref")) {
      return false;
    }
    Located target = tree.resolveOrMissing(schema);
    return target.exists() && target.fileName().equals(SHARED_FILE) && SHARED_ERROR_SCHEMAS.contains(target.pointer());
  }

  private boolean hasHeader(Located response, String name) {
    for (String header : JsonKeys.of(response.node().path("headers"))) {
      if (header.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private void forEachMedia(Located owner, Consumer<Located> action) {
    Located content = owner.child("content");
    for (String type : JsonKeys.of(content.node())) {
      action.accept(content.child(type));
    }
  }

  /** Checks a schema and every schema inside it, each once however many operations reach it. */
  private void schema(Located declared) {
    Located schema = tree.resolveOrMissing(declared);
    if (!schema.exists() || !schemasSeen.add(schema.document() + "#" + schema.pointer())) {
      return;
    }
    JsonNode json = schema.node();
    boolean object = "object".equals(json.path("type").asText("")) || json.has("properties");
    if (object && !json.has("additionalProperties")) {
      add(schema, "additional-properties", "object schema does not state additionalProperties");
    }
    Located properties = schema.child("properties");
    for (String name : JsonKeys.of(properties.node())) {
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

  private static URI uri(Path spec) {
    return spec.toAbsolutePath().normalize().toUri();
  }

  private void add(Located node, String rule, String message) {
    violations.add(new LintViolation(node.fileName(), node.pointer(), rule, message));
  }
}
