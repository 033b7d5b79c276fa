package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a Content-Type or Accept header that is not a media type (list) with the documented 400 JSON. Jersey
 * would fail on such a header while matching and answer a 400 with an empty body, outside the exception mappers.
 */
@PreMatching
final class HeaderSyntaxFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    String broken = null;
    try {
      request.getMediaType();
    } catch (RuntimeException notAMediaType) {
      broken = HttpHeaders.CONTENT_TYPE;
    }
    try {
      request.getAcceptableMediaTypes();
    } catch (RuntimeException notAMediaTypeList) {
      broken = broken == null ? HttpHeaders.ACCEPT : broken;
      // the error itself must still be writable as JSON
      request.getHeaders().put(HttpHeaders.ACCEPT, new ArrayList<>(List.of(MediaType.APPLICATION_JSON)));
    }
    if (broken != null) {
      request.abortWith(ErrorBodies.error(400, "InvalidHeader",
          "The " + broken + " header is not a valid media type.").getResponse());
    }
  }
}
