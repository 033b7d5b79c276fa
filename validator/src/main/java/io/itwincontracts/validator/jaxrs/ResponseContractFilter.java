package io.itwincontracts.validator.jaxrs;

import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks each response the server produces against its operation (status, required headers, body as the
 * server's own JSON provider writes it) or, for a request that matched no operation, against the shared error
 * schema; reports violations, and in strict mode replaces the response with a 500 that lists them.
 */
final class ResponseContractFilter implements ContainerResponseFilter {
  /** What every refusal of a request that matched no operation carries: the shared error body of the specs. */
  private static final Target UNMATCHED = Target.component("ErrorResponse");

  private final ContractValidator validator;
  private final MatchedOperation operations;
  private final Consumer<ContractReport> listener;
  private final boolean strict;
  private final LongAdder checked;

  @Context
  private ResourceInfo resource;

  @Context
  private Providers providers;

  ResponseContractFilter(ContractValidator validator, MatchedOperation operations, Consumer<ContractReport> listener,
      boolean strict, LongAdder checked) {
    this.validator = validator;
    this.operations = operations;
    this.listener = listener;
    this.strict = strict;
    this.checked = checked;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    checked.increment();
    String operationId = operations.of(resource);
    int status = response.getStatus();
    String body = response.hasEntity() ? written(response) : null;
    Target target = operationId == null ? UNMATCHED : Target.response(operationId, String.valueOf(status));
    List<Violation> violations;
    try {
      violations = operationId == null ? validator.validate(UNMATCHED, body == null ? "" : body)
          : validator.validateResponse(operationId, status, name -> header(response, name), body);
    } catch (IllegalArgumentException notInTheSpec) {
      violations = List.of(new Violation("", Violation.STATUS, notInTheSpec.getMessage()));
    }
    if (violations.isEmpty()) {
      return;
    }
    ContractReport report = new ContractReport("server " + request.getMethod() + " "
        + request.getUriInfo().getRequestUri().getPath() + " -> " + status, target, violations);
    listener.accept(report);
    if (strict) {
      response.setStatus(500);
      response.getHeaders().remove("retry-after");
      response.setEntity("{\"error\":{\"code\":\"ContractViolation\",\"message\":" + quoted("the server's response "
          + "broke the contract: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")))
          + "}}", new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }
  }

  /** A response header; the content type also from the media type Jersey chose, before it is a header. */
  private static String header(ContainerResponseContext response, String name) {
    String value = response.getHeaderString(name);
    if (value == null && "content-type".equalsIgnoreCase(name) && response.getMediaType() != null) {
      return response.getMediaType().toString();
    }
    return value;
  }

  /** The entity as the server's own writer writes it: what goes on the wire. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private String written(ContainerResponseContext response) throws IOException {
    Object entity = response.getEntity();
    MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
    MessageBodyWriter writer = providers.getMessageBodyWriter(entity.getClass(), response.getEntityType(),
        response.getEntityAnnotations(), type);
    if (writer == null) {
      return entity.toString();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.writeTo(entity, entity.getClass(), response.getEntityType(), response.getEntityAnnotations(), type,
        new jakarta.ws.rs.core.MultivaluedHashMap<>(), bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ") + "\"";
  }
}
