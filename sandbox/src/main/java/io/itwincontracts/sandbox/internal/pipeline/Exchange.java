package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.route.Route;
import io.itwincontracts.sandbox.internal.route.RouteMatch;
import io.itwincontracts.sandbox.internal.state.SandboxUser;
import java.util.Map;
import java.util.function.Function;

/**
 * One request on its way through the {@link RequestPipeline}: what arrived, and what the steps found out so far (its
 * route, the caller, the media type to answer in).
 */
public final class Exchange {
  final Api api;
  final String method;
  final String path;
  final String pathInApi;
  final Function<String, String> header;
  final byte[] body;
  RouteMatch match;
  String responseType;
  String token;
  SandboxUser user;

  /**
   * A request that arrived for {@code api}.
   *
   * @param method its HTTP method
   * @param path its whole path, for reports
   * @param pathInApi its path under the API's base path, as sent (escapes kept)
   * @param header a request header's value by name (any case), or null
   * @param body its body, read whole, or null when it has none
   */
  public Exchange(Api api, String method, String path, String pathInApi, Function<String, String> header, byte[] body) {
    this.api = api;
    this.method = method;
    this.path = path;
    this.pathInApi = pathInApi;
    this.header = header;
    this.body = body;
  }

  /** The matched route, or null before matching or when none matched. */
  Route route() {
    return match == null ? null : match.route();
  }

  Map<String, String> pathParameters() {
    return match == null ? Map.of() : match.pathParameters();
  }

  boolean hasBody() {
    return body != null && body.length > 0;
  }
}
