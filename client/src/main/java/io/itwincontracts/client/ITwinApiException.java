package io.itwincontracts.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An error answer of an iTwin Platform API, with the parsed error body instead of Feign's raw response, so that
 * callers can branch on the status and the server's error code and quote the request id to Bentley support.
 *
 * <p>Catch a subtype for the statuses the specs document (401, 403, 404, 409, 422, 429) or this type for any
 * other. An error body that is not the documented JSON still gives this exception, with a short excerpt as the
 * message. Nothing here ever holds the access token or a credential value: the excerpt and every message are
 * redacted, and the exception keeps no reference to the request or its headers.
 */
public class ITwinApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final String errorMessage;
  private final String target;
  private final List<ErrorDetail> details;
  private final Duration retryAfter;
  private final String requestId;

  ITwinApiException(ErrorReport report) {
    super(report.summary());
    this.status = report.status();
    this.errorCode = report.code();
    this.errorMessage = report.message();
    this.target = report.target();
    this.details = report.details();
    this.retryAfter = report.retryAfter();
    this.requestId = report.requestId();
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The server's error code (for example {@code iTwinNotFound}); empty when the body was not the documented shape. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The server's message, or a short redacted excerpt of a body that was not the documented shape. */
  public String errorMessage() {
    return errorMessage;
  }

  /** What the error is about, when the server named it. */
  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  /** The more specific errors the server listed; empty when there were none. */
  public List<ErrorDetail> details() {
    return details;
  }

  /** How long the server asked the client to wait before sending again ({@code retry-after}). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The server's request or correlation id header, to quote when asking Bentley about this call. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
