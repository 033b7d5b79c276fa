package io.itwincontracts.sandbox;

import io.itwincontracts.sandbox.SandboxOperation.Api;
import io.itwincontracts.validator.ContractValidator;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The way of a request from socket to resource, in the order it runs; the JAX-RS part is registered here and
 * nowhere else (no provider carries a {@code @Priority}: its place in {@link #steps} gives it one).
 *
 * <ol>
 *   <li>socket: Jetty accepts on 127.0.0.1 only ({@code LoopbackJetty});
 *   <li>Jetty parses the request line and headers; what is not HTTP is answered by {@code JsonErrorHandler} with
 *       the error JSON (400, 414, 431 ...), as is any refusal of Jetty's own;
 *   <li>{@code WholeRequestBody} reads the body whole: too large 413, cut short or badly chunked 400, too slow 408;
 *   <li>{@code StrictUri} applies Jetty's URI rules, now that the body is read: 400;
 *   <li>the API's base path ({@code /edfs}, ...) picks its Jersey application, {@code ContextRelativePath} strips
 *       it; any other path is the 404 JSON;
 *   <li>Jersey runs {@link #steps}: the pre-matching filters, matching, the filters, the body reader, the
 *       resource, the response check, the writer; an exception from any of them goes to the mappers at the end.
 * </ol>
 */
final class RequestPipeline {
  /** Priority of the first step; each next step gets {@link #PRIORITY_STEP} more. */
  private static final int FIRST_PRIORITY = 1000;
  private static final int PRIORITY_STEP = 100;
  /** Jersey runs response filters from the highest priority down: theirs are counted down from here. */
  private static final int RESPONSE_PRIORITY_CEILING = 10_000;

  private final SandboxState state;
  private final RateLimiter limiter;
  private final ResponseLedger ledger;
  private final ContractValidator validator = ContractValidator.bundled();

  /**
   * @param limiter the per-token limit all APIs share, or null for none
   * @param ledger where the response check records, or null to check no response
   */
  RequestPipeline(SandboxState state, RateLimiter limiter, ResponseLedger ledger) {
    this.state = state;
    this.limiter = limiter;
    this.ledger = ledger;
  }

  /** The Jersey application of one API: its resource, then {@link #steps} with priorities in their order. */
  ResourceConfig application(Class<?> resource, Api api) {
    ResourceConfig config = new ResourceConfig()
        .register(resource)
        .register(new AbstractBinder() {
          @Override
          protected void configure() {
            bind(state).to(SandboxState.class);
          }
        })
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    List<Object> steps = steps(api);
    for (int position = 0; position < steps.size(); position++) {
      config.register(steps.get(position), priority(steps.get(position), position));
    }
    return config;
  }

  /** Every provider of an API's application, in the order a request meets it; steps that are off are left out. */
  List<Object> steps(Api api) {
    return present(
        // pre-matching: a Content-Type or Accept that is not a media type, 400 (Jersey would fail matching on it)
        new HeaderSyntaxFilter(),
        // pre-matching: the platform's Accept type is answered as application/json
        new AcceptHeaderFilter(),
        // (Jersey matches the resource method here: unknown path 404, method 405, content type 415, Accept 406)
        // Authorization: Bearer <token> names the user, else 401
        new AuthenticationFilter(state.directory()),
        // per-token rate limit, 429 with retry-after: needs the token, and counts refused requests too
        limiter == null ? null : new RateLimitFilter(limiter, api),
        // the operation's permissions, 403 (listSystems: 404)
        new PermissionFilter(),
        // the body against the spec's schema and the pages' rules, 422, before anything is bound
        new RequestBodyFilter(validator, JsonMapperProvider.MAPPER),
        // body reader and writer: Jackson, with the sandbox's one mapping
        JacksonFeature.withoutExceptionMappers(),
        new JsonMapperProvider(),
        // (the resource runs here)
        // check mode: the response against the spec, recorded in the ledger
        ledger == null ? null : new ResponseCheck(validator, ledger),
        // the body written whole, with Content-Length
        new WholeResponseEntity(),
        // an exception from any step: Jersey's own refusals get the error JSON, anything else 422 or 500
        new ErrorStatusMapper(),
        new UnexpectedErrorMapper());
  }

  /** The priority of the step at {@code position}, such that Jersey runs the steps in the listed order. */
  private static int priority(Object step, int position) {
    int ascending = FIRST_PRIORITY + position * PRIORITY_STEP;
    return step instanceof ContainerResponseFilter ? RESPONSE_PRIORITY_CEILING - ascending : ascending;
  }

  private static List<Object> present(Object... steps) {
    return Arrays.stream(steps).filter(Objects::nonNull).toList();
  }
}
