package io.itwincontracts.client;

/** HTTP 422: the request body was refused; {@link #details()} usually names each invalid property. */
public class UnprocessableEntityException extends ITwinApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(ErrorReport report) {
    super(report);
  }
}
