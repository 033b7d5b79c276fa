package io.itwincontracts.client;

import io.itwincontracts.runtime.internal.Redaction;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import io.itwincontracts.client.error.ApiError;
import io.itwincontracts.client.error.DetailedError;
import io.itwincontracts.client.error.DetailedErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns an error response into an {@link ErrorReport}: the documented {@code {"error": {...}}} body through the
 * generated error model when it parses, a short redacted excerpt otherwise (an HTML page from a gateway, a plain
 * text 503, an undocumented JSON shape).
 */
final class ErrorBodyReader {
  private static final int MAX_EXCERPT_CHARS = 200;
  /** Where a request id may come back, in this order; the HTTP log shows these headers too. */
  static final List<String> REQUEST_ID_HEADERS =
      List.of("x-correlation-id", "request-id", "x-request-id", "x-ms-request-id");

  private final ObjectMapper mapper;
  private final Clock clock;

  ErrorBodyReader(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  ErrorReport read(Response response) {
    Redaction redactor = RequestRedaction.of(response.request());
    Duration retryAfter = RetryAfter.parse(header(response, "retry-after"), clock).orElse(null);
    String requestId = firstHeader(response, REQUEST_ID_HEADERS);
    byte[] body = bodyOf(response);
    DetailedError error = documentedError(body);
    if (error == null) {
      return new ErrorReport(response.status(), null, excerpt(body, redactor), null, List.of(), retryAfter,
          requestId);
    }
    List<ErrorDetail> details = error.getDetails() == null ? List.of() : error.getDetails().stream()
        .map(detail -> detail(detail, redactor))
        .collect(Collectors.toList());
    return new ErrorReport(response.status(), redactor.text(error.getCode()), redactor.text(error.getMessage()),
        redactor.text(error.getTarget()), details, retryAfter, requestId);
  }

  /** The {@code error.code} of a documented error body, or null when it is not one. */
  String code(byte[] body) {
    DetailedError error = documentedError(body);
    return error == null ? null : error.getCode();
  }

  private DetailedError documentedError(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      DetailedErrorResponse parsed = mapper.readValue(body, DetailedErrorResponse.class);
      DetailedError error = parsed == null ? null : parsed.getError();
      return error != null && error.getCode() != null && error.getMessage() != null ? error : null;
    } catch (IOException | RuntimeException notTheDocumentedShape) {
      return null;
    }
  }

  private static ErrorDetail detail(ApiError detail, Redaction redactor) {
    return new ErrorDetail(redactor.text(detail.getCode()), redactor.text(detail.getMessage()),
        redactor.text(detail.getTarget()));
  }

  private static String excerpt(byte[] body, Redaction redactor) {
    if (body.length == 0) {
      return "(empty body)";
    }
    String text = redactor.body(body).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return text.length() <= MAX_EXCERPT_CHARS ? text : text.substring(0, MAX_EXCERPT_CHARS) + "…";
  }

  private static byte[] bodyOf(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(JdkHttpTransport.MAX_ERROR_BODY_BYTES);
    } catch (IOException unreadable) {
      return new byte[0];
    }
  }

  /** Feign keeps response headers in a case-insensitive map. */
  private static Collection<String> header(Response response, String name) {
    return Util.valuesOrEmpty(response.headers(), name);
  }

  private static String firstHeader(Response response, List<String> names) {
    for (String name : names) {
      Collection<String> values = header(response, name);
      if (!values.isEmpty()) {
        return values.iterator().next();
      }
    }
    return null;
  }
}
