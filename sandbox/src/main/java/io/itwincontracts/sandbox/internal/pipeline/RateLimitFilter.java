package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

/**
 * Per-token rate limit (off unless configured): past the limit, the page's 429 with a {@code retry-after}
 * header, worded as the API's page words it (EDFS: TooManyRequests; Synchronization and iTwins:
 * RateLimitExceeded).
 */
final class RateLimitFilter implements ContainerRequestFilter {
  private final RateLimiter limiter;
  private final Api api;

  RateLimitFilter(RateLimiter limiter, Api api) {
    this.limiter = limiter;
    this.api = api;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Object token = request.getProperty(AuthenticationFilter.TOKEN_PROPERTY);
    if (token == null) {
      return;
    }
    long retryAfterSeconds = limiter.acquire(token.toString());
    if (retryAfterSeconds > 0) {
      Response limited = (api == Api.EDFS
          ? ErrorBodies.error(429, "TooManyRequests", "More requests were received than the subscription rate-limit allows.")
          : ErrorBodies.error(429, "RateLimitExceeded",
              "The client sent more requests than allowed by this API for the current tier of the client.")).getResponse();
      Response.ResponseBuilder answer = Response.fromResponse(limited).header("retry-after", retryAfterSeconds);
      if (limiter.tier() != null) {
        // the platform names the subscription tier whose limit was reached (rate-limits page)
        answer.header("ITwinPlatform-RateLimited-Tier", limiter.tier());
      }
      request.abortWith(answer.build());
    }
  }
}
