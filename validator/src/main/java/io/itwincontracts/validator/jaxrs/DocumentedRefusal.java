package io.itwincontracts.validator.jaxrs;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Example;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The default {@link RequestRefusal}: a body that breaks the schema gets the operation's documented 422 (400 if it
 * documents none), in the shared error JSON. Its code and message are those of the spec's example of that
 * response, so each operation answers as its page shows; one detail per violation, the property's JSON pointer as
 * its target. Written as text, so it needs no JSON provider of the server's.
 */
final class DocumentedRefusal implements RequestRefusal {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ContractValidator validator;

  DocumentedRefusal(ContractValidator validator) {
    this.validator = validator;
  }

  @Override
  public Response refuse(String operationId, ContainerRequestContext request, String body, List<Violation> violations) {
    if (violations.isEmpty()) {
      return null;
    }
    int status = validator.operations().stream().anyMatch(o -> o.operationId().equals(operationId)
        && o.statuses().contains("422")) ? 422 : 400;
    JsonNode example = example(Target.response(operationId, String.valueOf(status))).orElse(null);
    ObjectNode error = JSON.createObjectNode();
    error.put("code", example == null ? "InvalidRequest" : example.path("code").asText("InvalidRequest"));
    error.put("message", example == null ? "The request body does not match the operation's schema."
        : example.path("message").asText("The request body does not match the operation's schema."));
    ArrayNode details = error.putArray("details");
    for (Violation violation : violations) {
      ObjectNode detail = details.addObject().put("code", code(violation)).put("message", violation.message());
      if (!violation.pointer().isEmpty()) {
        detail.put("target", violation.pointer());
      }
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.set("error", error);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.toString()).build();
  }

  private Optional<JsonNode> example(Target target) {
    return validator.examples().stream().filter(e -> e.target().equals(target)).findFirst()
        .map(Example::json).map(DocumentedRefusal::errorOf);
  }

  /** The {@code error} of an example the build has checked to be JSON. */
  private static JsonNode errorOf(String example) {
    try {
      return JSON.readTree(example).path("error");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a spec example is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String code(Violation violation) {
    return switch (violation.keyword()) {
      case "required" -> "MissingRequiredProperty";
      case Violation.SYNTAX, Violation.LIMIT -> "InvalidRequestBody";
      default -> "InvalidValue";
    };
  }
}
