package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Per-token rate limit (off unless configured): past the limit, the page's 429 with a {@code retry-after}
 * header, worded as the API's page words it (EDFS: TooManyRequests; Synchronization and iTwins:
 * RateLimitExceeded).
 */
final class RateLimiting implements Step {
  private final RateLimiter limiter;

  RateLimiting(RateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public void apply(Exchange exchange) {
    long retryAfterSeconds = limiter.acquire(exchange.token);
    if (retryAfterSeconds <= 0) {
      return;
    }
    Response limited = (exchange.api == Api.EDFS
        ? ErrorBodies.error(429, "TooManyRequests", "More requests were received than the subscription rate-limit allows.")
        : ErrorBodies.error(429, "RateLimitExceeded",
            "The client sent more requests than allowed by this API for the current tier of the client.")).getResponse();
    Response.ResponseBuilder answer = Response.fromResponse(limited).header("retry-after", retryAfterSeconds);
    if (limiter.tier() != null) {
      // the platform names the subscription tier whose limit was reached (rate-limits page)
      answer.header("ITwinPlatform-RateLimited-Tier", limiter.tier());
    }
    throw new WebApplicationException(answer.build());
  }
}
