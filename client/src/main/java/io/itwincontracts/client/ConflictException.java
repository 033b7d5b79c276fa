package io.itwincontracts.client;

/** HTTP 409: the resource already exists or is in a state that forbids the change. */
public class ConflictException extends ITwinApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(ErrorReport report) {
    super(report);
  }
}
