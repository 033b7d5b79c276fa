package io.itwincontracts.contracttests.verify;

import io.itwincontracts.contracttests.LoopbackStubServer;
import io.itwincontracts.contracttests.verify.FaultyFront.Reply;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.function.BiPredicate;

/**
 * A misbehaviour inside a server of the generated stubs: rewrites the responses of one operation (matched by method
 * and path) before the contract checks of {@code ContractValidationFeature} read them. Response filters run
 * from the highest priority down, so this one runs before the feature's (priority {@link Priorities#USER}).
 */
@Priority(Priorities.USER + 1000)
final class MisbehavingFilter implements ContainerResponseFilter {
  private final Misbehaviour misbehaviour;
  private final BiPredicate<String, String> misbehaves;

  MisbehavingFilter(Misbehaviour misbehaviour) {
    this.misbehaviour = misbehaviour;
    this.misbehaves = FaultyFront.requestsOf(misbehaviour.operationId);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    // by method and path, not by an injected ResourceInfo: one instance serves the three APIs' applications
    if (!misbehaves.test(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath())) {
      return;
    }
    Object entity = response.getEntity();
    String body = entity == null ? "" : entity instanceof String text ? text
        : LoopbackStubServer.MAPPER.writeValueAsString(entity);
    MediaType type = response.getMediaType();
    Reply reply = misbehaviour.rewrite.apply(new Reply(response.getStatus(),
        type == null ? "application/json" : type.toString(), response.getHeaderString("retry-after"), body));
    response.setStatus(reply.status());
    response.getHeaders().remove("retry-after");
    if (reply.retryAfter() != null) {
      response.getHeaders().putSingle("retry-after", reply.retryAfter());
    }
    response.setEntity(reply.body(), new Annotation[0], MediaType.valueOf(reply.contentType()));
  }
}
