package io.itwincontracts.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Pins the API version through the Bentley media type, which every response of the specs offers, and identifies
 * the library in User-Agent. The generated interfaces declare both response media types in {@code Accept}; that
 * header is replaced by the versioned type alone, not appended to.
 */
final class PlatformHeadersInterceptor implements RequestInterceptor {
  static final String ACCEPT = "application/vnd.bentley.itwin-platform.v1+json";

  private final String userAgent;

  PlatformHeadersInterceptor(String libraryVersion) {
    this.userAgent = "itwin-contracts-client/" + libraryVersion + " Java/" + System.getProperty("java.version");
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader("Accept");
    template.header("Accept", ACCEPT);
    template.removeHeader("User-Agent");
    template.header("User-Agent", userAgent);
  }
}
