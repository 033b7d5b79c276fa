package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.sandbox.internal.state.SandboxUser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.regex.Pattern;

/**
 * Every documented operation needs {@code Authorization: Bearer <token>}; without one (or with a malformed one)
 * the answer is the pages' 401 {@code HeaderNotFound}. Any token is a user (see {@link SandboxDirectory#user}).
 */
final class AuthenticationFilter implements ContainerRequestFilter {
  static final String TOKEN_PROPERTY = "io.itwincontracts.sandbox.token";
  private static final Pattern BEARER = Pattern.compile("Bearer ([\\x21-\\x7E]+)", Pattern.CASE_INSENSITIVE);

  private final SandboxState state;

  AuthenticationFilter(SandboxState state) {
    this.state = state;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    var bearer = header == null ? null : BEARER.matcher(header);
    if (bearer == null || !bearer.matches() || bearer.group(1).contains(",")) {
      request.abortWith(ErrorBodies.error(401, "HeaderNotFound",
          "Header Authorization was not found in the request. Access denied.").getResponse());
      return;
    }
    String token = bearer.group(1);
    request.setProperty(TOKEN_PROPERTY, token);
    SandboxUser user = state.directory().user(token);
    request.setSecurityContext(new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return user;
      }

      @Override
      public boolean isUserInRole(String permission) {
        return user.permissions().contains(permission);
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    });
  }
}
