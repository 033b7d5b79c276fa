package io.itwincontracts.sandbox.internal.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * The last line: a body Jackson could not bind after validation passed is still the client's mistake, answered
 * with the operation's own 422 (with a detail, as its page documents it); any other failure is the sandbox's own
 * (500). Neither response carries a stack trace, class name or library message; the failure is logged instead.
 */
final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());
  private static final String UNBOUND = "The request body does not match the operation's schema.";

  @Context
  private ExtendedUriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof JacksonException || failure.getCause() instanceof JacksonException) {
      return Operations.matched(uriInfo)
          .map(operation -> operation.unprocessable(List.of(ErrorBodies.detail("InvalidRequestBody", UNBOUND, null))))
          .orElseGet(() -> ErrorBodies.error(422, "InvalidRequestBody", UNBOUND))
          .getResponse();
    }
    LOG.log(Level.ERROR, "request failed inside the sandbox", failure);
    return ErrorBodies.error(500, "InternalError", "The sandbox could not handle the request.").getResponse();
  }
}
