package io.itwincontracts.client;

import io.itwincontracts.runtime.internal.Redaction;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feign's HTTP log with secrets taken out at every level. Feign's own logger can only drop a header and prints
 * Authorization at HEADERS; here only allow-listed headers show their value, every other one is printed as
 * REDACTED, and bodies (FULL) go through {@link Redaction}, which also removes the token and credential values a
 * server might echo. Lines go to the platform logger {@value #LOGGER_NAME} at DEBUG: no logging dependency, and
 * slf4j or Log4j users route it with their System.Logger bridge.
 */
final class RedactingLogger extends Logger {
  static final String LOGGER_NAME = "io.itwincontracts.client.http";

  private static final Set<String> LOGGED_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    LOGGED_HEADERS.addAll(Set.of("accept", "content-type", "content-length", "user-agent", "date", "location",
        "retry-after"));
    LOGGED_HEADERS.addAll(ErrorBodyReader.REQUEST_ID_HEADERS);
  }

  private final System.Logger sink = System.getLogger(LOGGER_NAME);

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (sink.isLoggable(System.Logger.Level.DEBUG)) {
      sink.log(System.Logger.Level.DEBUG, methodTag(configKey) + String.format(format, args));
    }
  }

  @Override
  protected void logRequest(String configKey, Level level, Request request) {
    log(configKey, "---> %s %s", request.httpMethod(), request.url());
    if (level.ordinal() < Level.HEADERS.ordinal()) {
      return;
    }
    Redaction redactor = RequestRedaction.of(request);
    logHeaders(configKey, request.headers(), redactor);
    byte[] body = request.body();
    int length = body == null ? 0 : body.length;
    if (level == Level.FULL && length > 0) {
      log(configKey, "");
      log(configKey, "%s", redactor.body(body));
    }
    log(configKey, "---> END HTTP (%s-byte body)", length);
  }

  @Override
  protected Response logAndRebufferResponse(String configKey, Level level, Response response, long elapsedTime)
      throws IOException {
    log(configKey, "<--- HTTP %s (%sms)", response.status(), elapsedTime);
    if (level.ordinal() < Level.HEADERS.ordinal()) {
      return response;
    }
    Redaction redactor = RequestRedaction.of(response.request());
    logHeaders(configKey, response.headers(), redactor);
    if (response.body() == null) {
      log(configKey, "<--- END HTTP (0-byte body)");
      return response;
    }
    byte[] body = Util.toByteArray(response.body().asInputStream());
    if (level == Level.FULL && body.length > 0) {
      log(configKey, "");
      log(configKey, "%s", redactor.body(body));
    }
    log(configKey, "<--- END HTTP (%s-byte body)", body.length);
    return response.toBuilder().body(body).build();
  }

  private void logHeaders(String configKey, Map<String, Collection<String>> headers, Redaction redactor) {
    headers.forEach((name, values) -> values.forEach(value -> log(configKey, "%s: %s", name,
        LOGGED_HEADERS.contains(name) ? redactor.text(value) : Redaction.REDACTED)));
  }
}
