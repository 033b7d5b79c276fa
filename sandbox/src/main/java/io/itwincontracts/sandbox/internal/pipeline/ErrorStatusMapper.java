package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Gives Jersey's own refusals (unknown path 404, wrong method 405, wrong content type 415, 406, 400) the
 * documented error JSON instead of an HTML or plain-text body. Responses that already carry a body (the sandbox's
 * own documented errors) pass through unchanged.
 */
final class ErrorStatusMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    Response response = exception.getResponse();
    if (response.hasEntity()) {
      return response;
    }
    int status = response.getStatus();
    return Response.fromResponse(ErrorBodies.response(status, ErrorBodies.forStatus(status)))
        .header("Allow", response.getHeaderString("Allow"))
        .build();
  }
}
