package io.itwincontracts.sandbox.pipeline;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the Accept header the pages recommend ({@code application/vnd.bentley.itwin-platform.v1+json}) with
 * JSON: the generated interfaces produce {@code application/json} only and would otherwise answer 406.
 */
@PreMatching
final class AcceptHeaderFilter implements ContainerRequestFilter {
  static final String PLATFORM_V1 = "application/vnd.bentley.itwin-platform.v1+json";

  @Override
  public void filter(ContainerRequestContext request) {
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept != null && accept.contains(PLATFORM_V1)) {
      // The JDK container's header value lists are read-only: replace the list, not its content.
      request.getHeaders().put(HttpHeaders.ACCEPT, new ArrayList<>(List.of(MediaType.APPLICATION_JSON)));
    }
  }
}
