package io.itwincontracts.sandbox.internal.pipeline;

import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.sandbox.internal.route.MediaRanges;
import jakarta.ws.rs.core.HttpHeaders;

/** Refuses a Content-Type or Accept header that is not a media type (list) with the documented 400 JSON. */
final class HeaderSyntaxCheck implements Step {
  @Override
  public void apply(Exchange exchange) {
    String contentType = exchange.header.apply(HttpHeaders.CONTENT_TYPE);
    if (contentType != null && !isMediaType(contentType)) {
      throw invalid(HttpHeaders.CONTENT_TYPE);
    }
    try {
      MediaRanges.of(exchange.header.apply(HttpHeaders.ACCEPT));
    } catch (RuntimeException notAMediaTypeList) {
      throw invalid(HttpHeaders.ACCEPT);
    }
  }

  private static boolean isMediaType(String value) {
    try {
      MediaRanges.mediaType(value);
      return !value.contains(",");
    } catch (RuntimeException notAMediaType) {
      return false;
    }
  }

  private static RuntimeException invalid(String header) {
    return ErrorBodies.error(400, "InvalidHeader", "The " + header + " header is not a valid media type.");
  }
}
