package io.itwincontracts.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.function.Supplier;

/**
 * Asks the caller's supplier for a token on every attempt, so a retry after a long retry-after wait carries a
 * fresh token. Feign reuses the same template on retry and {@code header()} appends, so the header is removed
 * before it is set: each request carries exactly one Authorization header.
 */
final class BearerTokenInterceptor implements RequestInterceptor {
  private final Supplier<String> tokens;

  BearerTokenInterceptor(Supplier<String> tokens) {
    this.tokens = tokens;
  }

  @Override
  public void apply(RequestTemplate template) {
    String token = tokens.get();
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("The access token supplier returned "
          + (token == null ? "null" : "a blank token") + "; " + request(template) + " was not sent");
    }
    if (!headerSafe(token)) {
      throw new IllegalStateException("The access token contains whitespace or control characters (pass the "
          + "token alone, without a 'Bearer ' prefix); " + request(template) + " was not sent");
    }
    template.removeHeader("Authorization");
    template.header("Authorization", "Bearer " + token);
  }

  private static boolean headerSafe(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String request(RequestTemplate template) {
    return template.method() + " " + template.path();
  }
}
