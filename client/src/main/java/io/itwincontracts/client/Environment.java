package io.itwincontracts.client;

/**
 * The iTwin Platform deployments a client can talk to. Bentley names each pre-production environment by a prefix
 * on the host name ({@code qa-api.bentley.com}), not by a different path, so choosing one here is enough to
 * point all three APIs at it.
 */
public enum Environment {
  /** {@code https://api.bentley.com}. */
  PRODUCTION(""),
  /** {@code https://qa-api.bentley.com}. */
  QA("qa-"),
  /** {@code https://dev-api.bentley.com}. */
  DEV("dev-");

  private final String hostPrefix;

  Environment(String hostPrefix) {
    this.hostPrefix = hostPrefix;
  }

  String baseUrl() {
    return "https://" + hostPrefix + "api.bentley.com";
  }
}
