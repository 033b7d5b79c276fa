package io.itwincontracts.sandbox.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import io.itwincontracts.sandbox.json.ErrorBodies;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;

/**
 * The last line: a body Jackson could not bind after validation passed is still the client's mistake (422); any
 * other failure is the sandbox's own (500). Neither response carries a stack trace, class name or library message;
 * the failure is logged on the server side instead.
 */
final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof JacksonException || failure.getCause() instanceof JacksonException) {
      return ErrorBodies.error(422, "InvalidRequestBody", "The request body does not match the operation's schema.")
          .getResponse();
    }
    LOG.log(Level.ERROR, "request failed inside the sandbox", failure);
    return ErrorBodies.error(500, "InternalError", "The sandbox could not handle the request.").getResponse();
  }
}
