package io.itwincontracts.sandbox.internal.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.sandbox.Fault;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.json.SandboxJson;
import io.itwincontracts.sandbox.internal.state.SandboxData;
import io.itwincontracts.server.error.ErrorResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.Arrays;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The sandbox's admin endpoints under {@link #CONTEXT}, a path no API uses; off unless the sandbox is started with
 * them (the sandbox listens on loopback only, so only this machine can reach them):
 * {@code POST /__sandbox/reset}, {@code POST /__sandbox/seed} with data in the {@code --data} format (added to
 * what it holds, as {@code Sandbox.seed} adds it), {@code POST /__sandbox/faults} with a fault as JSON
 * ({@code {"kind": "TOO_MANY_REQUESTS", "operation": "listSystems", "times": 1, "waitMillis": 2000}}), and
 * {@code DELETE /__sandbox/faults}. Each answers 204, or 400 with the error JSON naming what is wrong.
 */
public final class AdminEndpoints extends Handler.Abstract {
  /** The reserved base path. */
  public static final String CONTEXT = "/__sandbox";

  private final Runnable reset;
  private final Consumer<SandboxData> seed;
  private final Consumer<Fault> inject;
  private final Runnable clearFaults;

  /** Endpoints that call back into the sandbox. */
  public AdminEndpoints(Runnable reset, Consumer<SandboxData> seed, Consumer<Fault> inject, Runnable clearFaults) {
    this.reset = reset;
    this.seed = seed;
    this.inject = inject;
    this.clearFaults = clearFaults;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    boolean post = HttpMethod.POST.is(request.getMethod());
    if (path.equals("/reset") && post) {
      reset.run();
    } else if (path.equals("/seed") && post) {
      try (InputStream in = Request.asInputStream(request)) {
        seed.accept(SandboxData.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "the seed data"));
      } catch (IllegalArgumentException e) {
        return refuse(response, callback, "not seed data: " + e.getMessage());
      }
    } else if (path.equals("/faults") && post) {
      try (InputStream in = Request.asInputStream(request)) {
        inject.accept(fault(SandboxJson.MAPPER.readTree(in)));
      } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
        return refuse(response, callback, "not a fault: " + e.getMessage());
      }
    } else if (path.equals("/faults") && HttpMethod.DELETE.is(request.getMethod())) {
      clearFaults.run();
    } else {
      Response.writeError(request, response, callback, Set.of("/reset", "/seed", "/faults").contains(path) ? 405 : 404);
      return true;
    }
    response.setStatus(204);
    response.write(true, null, callback);
    return true;
  }

  /** A 400 whose error JSON says what is wrong (Jetty's own error page would only say "Bad Request"). */
  private static boolean refuse(Response response, Callback callback, String reason) {
    ErrorResponse body = ErrorBodies.forStatus(400);
    body.getError().message(reason);
    JsonErrorHandler.write(response, callback, 400, body);
    return true;
  }

  private static Fault fault(JsonNode json) {
    Duration wait = Duration.ofMillis(json.path("waitMillis").asLong(0));
    String kind = json.path("kind").asText();
    if (Arrays.stream(Fault.Kind.values()).noneMatch(k -> k.name().equals(kind))) {
      throw new IllegalArgumentException("/kind must be one of " + Arrays.toString(Fault.Kind.values()));
    }
    Fault fault = switch (Fault.Kind.valueOf(kind)) {
      case TOO_MANY_REQUESTS -> Fault.tooManyRequests(wait);
      case SERVICE_UNAVAILABLE -> Fault.serviceUnavailable(wait);
      case DELAY -> Fault.delay(wait);
      case DROP_MID_BODY -> Fault.dropMidBody();
      case NON_JSON_BODY -> Fault.nonJsonBody();
      case EXPIRED_TOKEN -> Fault.expiredToken();
    };
    fault = fault.times(json.path("times").asInt(1));
    if (json.hasNonNull("operation")) {
      fault = fault.on(json.get("operation").asText());
    }
    if (json.hasNonNull("fraction")) {
      fault = fault.fraction(json.get("fraction").asDouble(), json.path("seed").asLong(0));
    }
    return json.path("httpDate").asBoolean(false) ? fault.asHttpDate() : fault;
  }
}
