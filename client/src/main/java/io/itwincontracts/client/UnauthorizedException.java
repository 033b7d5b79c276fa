package io.itwincontracts.client;

/** HTTP 401: the token is missing, expired or not for this API; fetch a new one rather than retrying as is. */
public class UnauthorizedException extends ITwinApiException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(ErrorReport report) {
    super(report);
  }
}
