package io.itwincontracts.client;

import feign.Request;

/** The operation a request of a generated method calls: the method is named after its operationId. */
final class GeneratedOperation {
  /** The generated interfaces have a variant of each method with the HTTP details, named with this suffix. */
  private static final String WITH_HTTP_INFO = "WithHttpInfo";

  private GeneratedOperation() {}

  /** The operationId of {@code request}, or null for a request no generated method made. */
  static String of(Request request) {
    if (request.requestTemplate() == null || request.requestTemplate().methodMetadata() == null) {
      return null;
    }
    String name = request.requestTemplate().methodMetadata().method().getName();
    return name.endsWith(WITH_HTTP_INFO) ? name.substring(0, name.length() - WITH_HTTP_INFO.length()) : name;
  }
}
