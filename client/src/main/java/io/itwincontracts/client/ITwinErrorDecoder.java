package io.itwincontracts.client;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.time.Duration;

/**
 * Maps every error status to a typed {@link ITwinApiException}, and marks 429 and 503 as retryable for {@link
 * RetryAfterRetryer} unless the server asks for a longer wait than the client accepts: that one is thrown at once,
 * carrying the retry-after, instead of blocking the caller.
 */
final class ITwinErrorDecoder implements ErrorDecoder {
  private final ErrorBodyReader reader;
  private final Duration maxRetryWait;

  ITwinErrorDecoder(ErrorBodyReader reader, Duration maxRetryWait) {
    this.reader = reader;
    this.maxRetryWait = maxRetryWait;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    ErrorReport report = reader.read(response);
    ITwinApiException error = typed(report);
    boolean retryable = report.status() == 429 || report.status() == 503;
    boolean waitAccepted = report.retryAfter() == null || report.retryAfter().compareTo(maxRetryWait) <= 0;
    if (retryable && waitAccepted) {
      return new RetryableException(report.status(), error.getMessage(), response.request().httpMethod(), error,
          (Long) null, response.request());
    }
    return error;
  }

  private static ITwinApiException typed(ErrorReport report) {
    return switch (report.status()) {
      case 401 -> new UnauthorizedException(report);
      case 403 -> new ForbiddenException(report);
      case 404 -> new NotFoundException(report);
      case 409 -> new ConflictException(report);
      case 422 -> new UnprocessableEntityException(report);
      case 429 -> new RateLimitedException(report);
      default -> new ITwinApiException(report);
    };
  }
}
