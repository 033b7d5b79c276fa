package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;

/**
 * Turns Jersey's automatic answer to OPTIONS (200 with an Allow header) into the 405 that every other method the
 * specs do not declare gets: no spec documents OPTIONS, and every status the sandbox sends is documented (405 by
 * each operation's {@code default} response). The Allow header Jersey computed is kept.
 */
final class OptionsRefusal implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getStatus() < 300) {
      int status = Response.Status.METHOD_NOT_ALLOWED.getStatusCode();
      response.setStatus(status);
      response.setEntity(ErrorBodies.forStatus(status), new Annotation[0],
          MediaType.APPLICATION_JSON_TYPE);
    }
  }
}
