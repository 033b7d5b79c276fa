package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.RateLimit;
import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.json.JsonMapperProvider;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.jaxrs.ContractValidationFeature;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The way of a request from socket to resource, in the order it runs; its JAX-RS part is registered here and
 * nowhere else. No provider carries a {@code @Priority}: its place in {@link #steps} gives it one.
 *
 * <ol>
 *   <li>socket: Jetty accepts on 127.0.0.1 only ({@code http.LoopbackJetty} builds steps 1 to 6, in this order);
 *   <li>Jetty parses the request line and headers; what is not HTTP, and every refusal of Jetty's own, gets the
 *       error JSON from {@code http.JsonErrorHandler} (400, 414, 431 ...);
 *   <li>{@code http.CoverageRecording}, when API coverage is recorded: each answer to an operation's request, from
 *       whichever step below gives it (operation, status, error code, fault or not);
 *   <li>{@code http.WholeRequestBody} reads the body whole: too large 413, cut short or badly chunked 400, slow 408;
 *   <li>{@code http.StrictUri} applies Jetty's URI rules, now that the body is read: 400;
 *   <li>{@code http.FaultInjector}: a fault a test injected answers instead (429, 503, a delay, a dropped
 *       connection...); then the API's base path ({@code /edfs}, ...) picks its Jersey application and
 *       {@code http.ContextRelativePath} strips it ({@code /docs} is the API reference, {@code /__sandbox} the admin
 *       endpoints when enabled); any other path is the 404 JSON;
 *   <li>Jersey runs {@link #steps}: filters, matching, more filters, the body reader, the resource, the response
 *       check, the writer; an exception from any of them goes to the exception mappers at the end of the list.
 * </ol>
 */
public final class RequestPipeline {
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
   * The pipeline of one sandbox, shared by its APIs (so a token's rate limit counts its requests to all three).
   *
   * @param state what the resources read and write, and the users the tokens name
   * @param rateLimit what each token may send, or null for no limit
   * @param ledger where the response check records, or null to check no response
   */
  public RequestPipeline(SandboxState state, RateLimit rateLimit, ResponseLedger ledger) {
    this.state = state;
    this.limiter = rateLimit == null ? null : new RateLimiter(rateLimit, System::currentTimeMillis);
    this.ledger = ledger;
    // The specs (YAML, about 0.4 s in a fresh JVM) are read beside Jersey's start, not before it: the first request
    // that needs them waits for the rest, if any.
    Thread specs = new Thread(validator::operations, "itwin-sandbox-specs");
    specs.setDaemon(true);
    specs.start();
  }

  /** Forgets every token's counted requests. */
  public void clearRateLimits() {
    if (limiter != null) {
      limiter.clear();
    }
  }

  /** The Jersey application of one API: its resource, and {@link #steps} with priorities in their order. */
  public ResourceConfig application(Api api) {
    ResourceConfig config = new ResourceConfig()
        .register(api.resource())
        .register(new AbstractBinder() {
          @Override
          protected void configure() {
            bind(state).to(SandboxState.class);
          }
        })
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    List<Object> steps = steps(api);
    int[] contractPriorities = new int[2];
    for (int position = 0; position < steps.size(); position++) {
      Object step = steps.get(position);
      if (step instanceof ContractStep contract) {
        contractPriorities[contract.responses() ? 1 : 0] = priority(step, position);
      } else {
        config.register(step, priority(step, position));
      }
    }
    // one feature for both steps: JAX-RS keeps one registration of a class
    return config.register(contractChecks(contractPriorities[0], contractPriorities[1]));
  }

  /** Where the validator's JAX-RS feature runs: its request checks, or its response checks. */
  record ContractStep(boolean responses) {}

  private ContractValidationFeature contractChecks(int requestPriority, int responsePriority) {
    ContractValidationFeature.Builder checks = ContractValidationFeature.builder().validator(validator)
        .refusal(new PageRules(JsonMapperProvider.MAPPER)).priorities(requestPriority, responsePriority);
    if (ledger == null) {
      return checks.build();
    }
    ContractValidationFeature feature = checks.checkResponsesAgainst(ledger.spec(), ledger).build();
    ledger.countChecksOf(feature);
    return feature;
  }

  /**
   * Every provider of an API's application, in the order a request meets it; a step that is off is left out.
   * Jersey runs pre-matching filters before all others whatever their priority: they stay at the top.
   */
  List<Object> steps(Api api) {
    return present(
        // 6. pre-matching: a Content-Type or Accept that is not a media type, 400 (Jersey would fail matching on it)
        new HeaderSyntaxFilter(),
        // (Jersey matches the resource method here: unknown path 404, method 405, content type 415, Accept 406;
        // the generated interfaces produce application/json and the platform's v1 type, as the specs declare)
        // 7. Authorization: Bearer <token> names the user, else 401
        new AuthenticationFilter(state),
        // 8. the token's rate limit, 429 with retry-after: needs the token from 7; refused requests are not counted
        limiter == null ? null : new RateLimitFilter(limiter, api),
        // 9. the operation's permissions: 403 (listSystems: 404)
        new PermissionFilter(),
        // 10. the body against the spec's schema (the validator's contract checks) and the pages' rules, 422,
        // before anything is bound
        new ContractStep(false),
        // 11. body reader (and writer, step 15): Jackson, with the sandbox's one mapping
        JacksonFeature.withoutExceptionMappers(),
        new JsonMapperProvider(),
        // 12. (the resource runs here)
        // 13. OPTIONS, which Jersey answers by itself with 200, is refused with 405 like any undeclared method
        new OptionsRefusal(),
        // 14. check mode: the response against the spec (the same contract checks), recorded in the ledger
        ledger == null ? null : new ContractStep(true),
        // 15. the body written whole, with Content-Length
        new WholeResponseEntity(),
        // an exception from any step: Jersey's own refusals get the error JSON, anything else 422 or 500
        new ErrorStatusMapper(),
        new UnexpectedErrorMapper());
  }

  /** The priority of the step at {@code position}, such that Jersey runs the steps in the listed order. */
  private static int priority(Object step, int position) {
    int ascending = FIRST_PRIORITY + position * PRIORITY_STEP;
    boolean response = step instanceof ContainerResponseFilter || step instanceof ContractStep c && c.responses();
    return response ? RESPONSE_PRIORITY_CEILING - ascending : ascending;
  }

  private static List<Object> present(Object... steps) {
    return Arrays.stream(steps).filter(Objects::nonNull).toList();
  }
}
