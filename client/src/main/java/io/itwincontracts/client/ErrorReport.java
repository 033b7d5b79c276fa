package io.itwincontracts.client;

import java.time.Duration;
import java.util.List;

/**
 * What an error response said, already redacted: the single value every typed exception is built from.
 * {@code code} is null when the body was not the documented JSON shape; {@code message} is then a short excerpt.
 */
record ErrorReport(
    int status,
    String code,
    String message,
    String target,
    List<ErrorDetail> details,
    Duration retryAfter,
    String requestId) {

  ErrorReport {
    details = List.copyOf(details);
  }

  String summary() {
    StringBuilder text = new StringBuilder("HTTP ").append(status);
    if (code != null) {
      text.append(' ').append(code);
    }
    text.append(": ").append(message);
    if (target != null) {
      text.append(" (target: ").append(target).append(')');
    }
    if (retryAfter != null) {
      text.append(" (retry after ").append(retryAfter.toSeconds()).append(" s)");
    }
    if (requestId != null) {
      text.append(" [request id ").append(requestId).append(']');
    }
    return text.toString();
  }
}
