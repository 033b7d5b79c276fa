package io.itwincontracts.contracttests;

import io.itwincontracts.contracttests.SpecDocuments.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Every operation of the bundled specs, flattened into its request and response {@link Exchange}s. */
final class ContractCatalog {
  static final List<String> APIS = List.of("edfs.yaml", "synchronization.yaml", "itwins.yaml");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final String JSON = "application/json";

  private final SpecDocuments documents = new SpecDocuments();
  private final List<Exchange> exchanges = new ArrayList<>();

  ContractCatalog() {
    for (String api : APIS) {
      Located paths = documents.root(api).child("paths");
      for (Map.Entry<String, JsonNode> path : paths.node().properties()) {
        Located pathItem = documents.resolve(paths.child(path.getKey()));
        for (Map.Entry<String, JsonNode> operation : pathItem.node().properties()) {
          if (METHODS.contains(operation.getKey())) {
            addOperation(api, path.getKey(), operation.getKey(), pathItem.child(operation.getKey()));
          }
        }
      }
    }
  }

  List<Exchange> exchanges() {
    return exchanges;
  }

  /** The exchange of an operation's request ({@link Exchange#REQUEST}) or of one of its response statuses. */
  Exchange exchange(String operationId, String status) {
    return exchanges.stream()
        .filter(e -> e.operationId().equals(operationId) && e.status().equals(status))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + status + " body for operation " + operationId));
  }

  /** Schema-level {@code example}s of every component schema, keyed by the schema's location. */
  Map<String, JsonNode> componentSchemaExamples() {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    for (String file : concat(APIS, "common.yaml")) {
      Located schemas = documents.root(file).child("components").child("schemas");
      for (Map.Entry<String, JsonNode> schema : schemas.node().properties()) {
        if (schema.getValue().has("example")) {
          examples.put(schemas.child(schema.getKey()).location(), schema.getValue().get("example"));
        }
      }
    }
    return examples;
  }

  private void addOperation(String api, String path, String method, Located operation) {
    String operationId = operation.node().path("operationId").asString();
    if (operation.node().has("requestBody")) {
      addExchange(api, operationId, method, path, Exchange.REQUEST, documents.resolve(operation.child("requestBody")));
    }
    Located responses = operation.child("responses");
    for (Map.Entry<String, JsonNode> response : responses.node().properties()) {
      addExchange(api, operationId, method, path, response.getKey(), documents.resolve(responses.child(response.getKey())));
    }
  }

  private void addExchange(String api, String operationId, String method, String path, String status, Located body) {
    Located media = body.child("content").child(JSON);
    if (media.node().isMissingNode()) {
      return;
    }
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    if (media.node().has("example")) {
      examples.put("example", media.node().get("example"));
    }
    Located named = media.child("examples");
    for (Map.Entry<String, JsonNode> example : named.node().properties()) {
      examples.put(example.getKey(), documents.resolve(named.child(example.getKey())).node().path("value"));
    }
    exchanges.add(new Exchange(api, operationId, method.toUpperCase(), path, status,
        documents.schemaLocation(media.child("schema")), examples));
  }

  private static List<String> concat(List<String> list, String extra) {
    List<String> all = new ArrayList<>(list);
    all.add(extra);
    return all;
  }
}
