package io.itwincontracts.client;

/**
 * HTTP 429: the subscription or client tier sent more requests than allowed. Thrown when the retries are used up,
 * or at once when the server's {@code retry-after} is longer than the client's maximum wait; {@link
 * #retryAfter()} then says when sending again makes sense.
 */
public class RateLimitedException extends ITwinApiException {
  private static final long serialVersionUID = 1L;

  RateLimitedException(ErrorReport report) {
    super(report);
  }
}
