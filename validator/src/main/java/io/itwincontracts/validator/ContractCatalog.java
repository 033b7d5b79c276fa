package io.itwincontracts.validator;

import io.itwincontracts.spec.JsonKeys;
import io.itwincontracts.spec.SpecDocuments.Located;
import io.itwincontracts.spec.SpecDocuments;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operations of one or more spec files, flattened into the schema location of every JSON request and
 * response body, with their examples.
 */
final class ContractCatalog {
  private static final String JSON = "application/json";
  /** The extension of a response that lists the error codes its body may carry. */
  static final String ERROR_CODES = "x-error-codes";

  private final SpecDocuments documents = new SpecDocuments();
  private final List<Operation> operations = new ArrayList<>();
  private final Map<Target, String> schemaLocations = new LinkedHashMap<>();
  private final Map<String, DocumentedResponses> responses = new LinkedHashMap<>();
  private final List<Example> examples = new ArrayList<>();

  ContractCatalog(List<URI> specs) {
    for (URI spec : specs) {
      Located paths = documents.root(spec).child("paths");
      for (Map.Entry<String, JsonNode> path : paths.node().properties()) {
        Located pathItem = documents.resolve(paths.child(path.getKey()));
        for (Map.Entry<String, JsonNode> method : pathItem.node().properties()) {
          if (SpecDocuments.OPERATION_KEYS.contains(method.getKey())) {
            addOperation(SpecDocuments.name(spec), path.getKey(), method.getKey(), pathItem.child(method.getKey()));
          }
        }
      }
    }
    addComponents();
  }

  List<Operation> operations() {
    return operations;
  }

  List<Example> examples() {
    return examples;
  }

  /** What {@code operationId} documents about its responses, or an {@link IllegalArgumentException}. */
  DocumentedResponses responses(String operationId) {
    DocumentedResponses documented = responses.get(operationId);
    if (documented == null) {
      throw new IllegalArgumentException("unknown operation '" + operationId + "'; the operations are: "
          + String.join(", ", responses.keySet()));
    }
    return documented;
  }

  /** Whether a schema is known for the target (an operation's JSON body for that status, or a component). */
  boolean hasSchema(Target target) {
    return schemaLocations.containsKey(target);
  }

  /** The schema location of a target, or an {@link IllegalArgumentException} that lists the valid names. */
  String schemaLocation(Target target) {
    String location = schemaLocations.get(target);
    if (location != null) {
      return location;
    }
    if (target.component() != null) {
      throw new IllegalArgumentException("unknown schema '" + target.component() + "'; the schemas are: "
          + String.join(", ", names(Target::component)));
    }
    Operation operation = operations.stream().filter(o -> o.operationId().equals(target.operationId())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown operation '" + target.operationId()
            + "'; the operations are: " + String.join(", ", names(Target::operationId))));
    if (Target.REQUEST.equals(target.status())) {
      throw new IllegalArgumentException(operation.operationId() + " has no JSON request body");
    }
    throw new IllegalArgumentException(operation.operationId() + " documents no JSON response for status '"
        + target.status() + "'; its statuses are: " + String.join(", ", operation.statuses()));
  }

  private Set<String> names(Function<Target, String> name) {
    Set<String> names = new TreeSet<>();
    for (Target target : schemaLocations.keySet()) {
      if (name.apply(target) != null) {
        names.add(name.apply(target));
      }
    }
    return names;
  }

  private void addOperation(String spec, String path, String method, Located operation) {
    String operationId = operation.node().path("operationId").asText();
    boolean hasRequestBody = false;
    if (operation.node().has("requestBody")) {
      hasRequestBody = addBody(Target.request(operationId), documents.resolve(operation.child("requestBody")));
    }
    List<String> statuses = new ArrayList<>();
    List<String> documented = new ArrayList<>();
    Map<String, DocumentedResponses.ResponseRules> rules = new LinkedHashMap<>();
    Located responses = operation.child("responses");
    for (Map.Entry<String, JsonNode> response : responses.node().properties()) {
      Target target = Target.response(operationId, response.getKey());
      Located resolved = documents.resolve(responses.child(response.getKey()));
      documented.add(response.getKey());
      rules.put(response.getKey(), rules(resolved));
      if (addBody(target, resolved)) {
        statuses.add(response.getKey());
      }
    }
    this.responses.put(operationId, new DocumentedResponses(List.copyOf(documented), Map.copyOf(rules)));
    operations.add(new Operation(spec, operationId, method.toUpperCase(), path, hasRequestBody, List.copyOf(statuses)));
  }

  private DocumentedResponses.ResponseRules rules(Located response) {
    List<DocumentedResponses.Header> headers = new ArrayList<>();
    Located declared = response.child("headers");
    for (Map.Entry<String, JsonNode> header : declared.node().properties()) {
      Located resolved = documents.resolve(declared.child(header.getKey()));
      Located schema = resolved.child("schema");
      headers.add(new DocumentedResponses.Header(header.getKey().toLowerCase(Locale.ROOT),
          resolved.node().path("required").asBoolean(false),
          schema.node().isMissingNode() ? null : SpecDocuments.schemaLocation(schema),
          documents.resolveOrMissing(schema).node().path("description").asText("see its schema")));
    }
    List<String> mediaTypes = new ArrayList<>();
    JsonKeys.of(response.node().path("content")).forEach(type -> mediaTypes.add(type.toLowerCase(Locale.ROOT)));
    List<String> codes = new ArrayList<>();
    response.node().path(ERROR_CODES).forEach(code -> codes.add(code.asText()));
    return new DocumentedResponses.ResponseRules(List.copyOf(headers), List.copyOf(mediaTypes), List.copyOf(codes));
  }

  private boolean addBody(Target target, Located body) {
    Located media = body.child("content").child(JSON);
    if (media.node().isMissingNode()) {
      return false;
    }
    schemaLocations.put(target, SpecDocuments.schemaLocation(media.child("schema")));
    if (media.node().has("example")) {
      examples.add(new Example(target, "example", media.node().get("example").toString()));
    }
    Located named = media.child("examples");
    for (Map.Entry<String, JsonNode> example : named.node().properties()) {
      JsonNode value = documents.resolve(named.child(example.getKey())).node().path("value");
      examples.add(new Example(target, example.getKey(), value.toString()));
    }
    return true;
  }

  /** Component schemas of every document the operations reached, by their bare name (the first one wins). */
  private void addComponents() {
    for (URI document : documents.loaded()) {
      Located schemas = documents.root(document).child("components").child("schemas");
      for (Map.Entry<String, JsonNode> schema : schemas.node().properties()) {
        Target target = Target.component(schema.getKey());
        schemaLocations.putIfAbsent(target, schemas.child(schema.getKey()).location());
        if (schema.getValue().has("example")) {
          examples.add(new Example(target, "example", schema.getValue().get("example").toString()));
        }
      }
    }
  }
}
