package io.itwincontracts.client;

import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;

/**
 * Feign's retry loop with the rules this API needs: a 429 or 503 is retried after exactly the server's
 * retry-after (or a jittered backoff without one), and an I/O failure is retried only for methods that are safe
 * to repeat. A POST whose connection broke may already have created the resource, so it is never resent; the
 * caller gets the failure and decides. Feign clones this per call, so the attempt count is per call.
 */
final class RetryAfterRetryer implements Retryer {
  private static final Set<HttpMethod> IDEMPOTENT =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

  private final RetryPolicy policy;
  private int attempt = 1;

  RetryAfterRetryer(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (e.getCause() instanceof ITwinApiException refused) {
      if (attempt >= policy.maxAttempts()) {
        throw refused;
      }
      sleep(refused.retryAfter().orElseGet(() -> policy.backoff(attempt)), refused);
    } else {
      UncheckedIOException failure = transportFailure(e);
      if (!IDEMPOTENT.contains(e.method()) || attempt >= policy.maxAttempts()) {
        throw failure;
      }
      sleep(policy.backoff(attempt), failure);
    }
    attempt++;
  }

  @Override
  public Retryer clone() {
    return new RetryAfterRetryer(policy);
  }

  private UncheckedIOException transportFailure(RetryableException e) {
    IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e.getCause());
    String outcome = IDEMPOTENT.contains(e.method())
        ? "after " + attempt + " attempt(s)"
        : "and was not resent: the server may have processed the " + e.method();
    return new UncheckedIOException(e.method() + " failed " + outcome + ": " + cause.getMessage(), cause);
  }

  private static void sleep(Duration wait, RuntimeException thrownIfInterrupted) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw thrownIfInterrupted;
    }
  }
}
