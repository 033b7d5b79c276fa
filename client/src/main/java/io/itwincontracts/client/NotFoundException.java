package io.itwincontracts.client;

/** HTTP 404: the iTwin, system, package or connection named in the path does not exist (or is not visible to the user). */
public class NotFoundException extends ITwinApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorReport report) {
    super(report);
  }
}
