package io.itwincontracts.conformance;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Example;
import io.itwincontracts.validator.Operation;
import io.itwincontracts.validator.Target;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * An operation as the generators see it: its path template from the API's base path on
 * ({@code /edfs/itwins/{iTwinId}/systems}), its request examples, its request schema (resolved) and the mutations
 * of its body.
 */
record OperationModel(Operation operation, String pathTemplate, List<JsonNode> examples, BodyMutations mutations,
    JsonNode schema) {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Every operation of the validator's specs, in spec order. */
  static List<OperationModel> all(ContractValidator validator) {
    RequestSchemas schemas = new RequestSchemas();
    return validator.operations().stream().map(operation -> {
      List<JsonNode> examples = validator.examples().stream()
          .filter(e -> operation.operationId().equals(e.target().operationId()) && Target.REQUEST.equals(e.target().status()))
          .map(Example::json).map(OperationModel::tree).toList();
      String prefix = "/" + operation.spec().replace(".yaml", "");
      return new OperationModel(operation, prefix + operation.path(), examples,
          new BodyMutations(schemas, operation.spec()), schemas.requestSchema(operation));
    }).toList();
  }

  /** An example's tree; the build has checked every example to be JSON. */
  private static JsonNode tree(String example) {
    try {
      return JSON.readTree(example);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a spec example is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  String operationId() {
    return operation.operationId();
  }
}
