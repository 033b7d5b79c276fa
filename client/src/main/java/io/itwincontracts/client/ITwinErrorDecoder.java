package io.itwincontracts.client;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;

/**
 * Maps every error status to a typed {@link ITwinApiException} and hands it to Feign's retry loop: whether it is
 * tried again, or thrown as it is, is {@link RetryPolicy}'s decision alone (a {@link RetryableException} is the
 * only way Feign asks its retryer).
 */
final class ITwinErrorDecoder implements ErrorDecoder {
  private final ErrorBodyReader reader;

  ITwinErrorDecoder(ErrorBodyReader reader) {
    this.reader = reader;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    ITwinApiException error = typed(reader.read(response));
    return new RetryableException(error.status(), error.getMessage(), response.request().httpMethod(), error,
        (Long) null, response.request());
  }

  static ITwinApiException typed(ErrorReport report) {
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
