package io.itwincontracts.client;

/** HTTP 403: the token is valid but the user lacks a permission; retrying cannot help. */
public class ForbiddenException extends ITwinApiException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(ErrorReport report) {
    super(report);
  }
}
