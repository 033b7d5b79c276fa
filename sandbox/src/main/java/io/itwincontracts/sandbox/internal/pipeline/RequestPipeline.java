package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.RateLimit;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.route.RouteTable;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.validator.ContractValidator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The way of a request from socket to resource, in the order it runs; its steps after Jetty's are listed here
 * ({@link #steps}) and nowhere else.
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
 *       connection...); then the API's base path ({@code /edfs}, ...) picks its {@code http.ApiHandler}
 *       ({@code /docs} is the API reference, {@code /__sandbox} the admin endpoints when enabled); any other path is
 *       the 404 JSON;
 *   <li>{@link #steps}, then the call of the implementation, then (check mode) the response check; a step answers
 *       by throwing its answer, and anything else thrown is the sandbox's own failure (500, logged, no detail sent).
 * </ol>
 */
public final class RequestPipeline {
  private static final System.Logger LOG = System.getLogger(RequestPipeline.class.getName());

  private final RateLimiter limiter;
  private final ContractValidator validator = ContractValidator.bundled();
  private final RouteTable routes = new RouteTable();
  private final List<Step> steps;
  private final Invocation invocation;
  private final ResponseContractCheck responseCheck;

  /**
   * The pipeline of one sandbox, shared by its APIs (so a token's rate limit counts its requests to all three).
   *
   * @param state what the implementations read and write, and the users the tokens name
   * @param rateLimit what each token may send, or null for no limit
   * @param ledger where the response check records, or null to check no response
   */
  public RequestPipeline(SandboxState state, RateLimit rateLimit, ResponseLedger ledger) {
    this.limiter = rateLimit == null ? null : new RateLimiter(rateLimit, System::currentTimeMillis);
    this.steps = steps(state, routes);
    this.invocation = new Invocation(state);
    this.responseCheck = ledger == null ? null : new ResponseContractCheck(ledger);
    // The specs (YAML, about 0.4 s in a fresh JVM) are read beside the server's start, not before it: the first
    // request that needs them waits for the rest, if any.
    Thread specs = new Thread(validator::operations, "itwin-sandbox-specs");
    specs.setDaemon(true);
    specs.start();
  }

  /** Every step a request meets before the implementation, in that order; a step that is off is left out. */
  List<Step> steps(SandboxState state, RouteTable routes) {
    return present(
        // 7. a Content-Type or Accept that is not a media type: 400
        new HeaderSyntaxCheck(),
        // 8. the route, from the generated interfaces: unknown path 404, method 405, content type 415, Accept 406
        new RouteMatching(routes),
        // 9. Authorization: Bearer <token> names the user, else 401
        new Authentication(state),
        // 10. the token's rate limit, 429 with retry-after: needs the token from 9; refused requests are not counted
        limiter == null ? null : new RateLimiting(limiter),
        // 11. the operation's permissions: 403 (listSystems: 404)
        new PermissionCheck(),
        // 12. the body against the spec's schema (the validator) and the pages' rules, 422, before anything is bound
        new PageRules(validator));
    // 13. the implementation of the generated interface, its body bound with the sandbox's one JSON mapping
    // 14. check mode: the answer against the spec, recorded in the ledger
  }

  /** The answer to {@code exchange}: from the step that refused it, or from the implementation. */
  public Answer answer(Exchange exchange) {
    Response response;
    try {
      for (Step step : steps) {
        step.apply(exchange);
      }
      response = invocation.call(exchange);
    } catch (WebApplicationException answered) {
      response = answered.getResponse();
    } catch (Throwable failure) {
      LOG.log(Level.ERROR, "request failed inside the sandbox", failure);
      response = ErrorBodies.error(500, "InternalError", "The sandbox could not handle the request.").getResponse();
    }
    Answer answer = Answer.of(response, exchange.responseType);
    if (responseCheck != null) {
      responseCheck.check(exchange, answer);
    }
    return answer;
  }

  /** The routes it matches requests against: the one rule of which operation a request is. */
  public RouteTable routes() {
    return routes;
  }

  /** Forgets every token's counted requests. */
  public void clearRateLimits() {
    if (limiter != null) {
      limiter.clear();
    }
  }

  /** The steps' classes in their order, for the test that pins it. */
  List<Class<?>> stepOrder() {
    return steps.stream().<Class<?>>map(Object::getClass).toList();
  }

  private static List<Step> present(Step... steps) {
    return Arrays.stream(steps).filter(Objects::nonNull).toList();
  }
}
