package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every documented operation needs {@code Authorization: Bearer <token>}; without one (or with a malformed one)
 * the answer is the pages' 401 {@code HeaderNotFound}. Any token is a user (see {@code SandboxDirectory#user}).
 */
final class Authentication implements Step {
  private static final Pattern BEARER = Pattern.compile("Bearer ([\\x21-\\x7E]+)", Pattern.CASE_INSENSITIVE);

  private final SandboxState state;

  Authentication(SandboxState state) {
    this.state = state;
  }

  @Override
  public void apply(Exchange exchange) {
    String header = exchange.header.apply(HttpHeaders.AUTHORIZATION);
    Matcher bearer = header == null ? null : BEARER.matcher(header);
    if (bearer == null || !bearer.matches() || bearer.group(1).contains(",")) {
      throw ErrorBodies.error(401, "HeaderNotFound", "Header Authorization was not found in the request. Access denied.");
    }
    exchange.token = bearer.group(1);
    exchange.user = state.directory().user(exchange.token);
  }
}
