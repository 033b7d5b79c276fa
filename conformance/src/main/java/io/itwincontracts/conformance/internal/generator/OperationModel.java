package io.itwincontracts.conformance.internal.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.itwincontracts.conformance.internal.http.OperationRoutes;
import io.itwincontracts.runtime.internal.JsonLimits;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Example;
import io.itwincontracts.validator.Operation;
import io.itwincontracts.validator.Target;
import java.util.List;

/**
 * An operation as the generators see it: its path template from the API's base path on
 * ({@code /edfs/itwins/{iTwinId}/systems}), its request examples and its request schema (resolved), with the
 * spec's schemas to resolve what the schema refers to.
 *
 * @param operation the operation, as the validator has it
 * @param pathTemplate its path template from the API's base path on
 * @param examples its request examples, in spec order
 * @param schema its request body schema, resolved; a missing node if it has no body
 * @param schemas the schemas of the specs, to follow the {@code $ref}s inside {@code schema}
 */
public record OperationModel(Operation operation, String pathTemplate, List<JsonNode> examples, JsonNode schema,
    RequestSchemas schemas) {

  private static final JsonMapper JSON = JsonLimits.mapper().build();

  /** Every operation of the validator's specs, in spec order. */
  public static List<OperationModel> all(ContractValidator validator) {
    RequestSchemas schemas = new RequestSchemas();
    return validator.operations().stream().map(operation -> {
      List<JsonNode> examples = validator.examples().stream()
          .filter(e -> operation.operationId().equals(e.target().operationId()) && Target.REQUEST.equals(e.target().status()))
          .map(Example::json).map(OperationModel::tree).toList();
      return new OperationModel(operation, OperationRoutes.pathTemplate(operation), examples,
          schemas.requestSchema(operation), schemas);
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

  /** The spec's operationId, e.g. {@code createSystem}. */
  public String operationId() {
    return operation.operationId();
  }

  /** The breakage of this operation's bodies. */
  public BodyMutations mutations() {
    return new BodyMutations(schemas, operation.spec());
  }

  /** This operation's valid bodies, with the values the server knows where a property is named like one. */
  public ValidBodies validBodies(PathParameters known) {
    return new ValidBodies(schemas, operation.spec(), known);
  }
}
