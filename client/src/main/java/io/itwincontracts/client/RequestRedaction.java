package io.itwincontracts.client;

import feign.Request;
import io.itwincontracts.runtime.internal.Redaction;
import java.util.Set;

/** The project's redaction rules applied to the secrets a Feign request carried (none when there is no request). */
final class RequestRedaction {
  private RequestRedaction() {}

  static Redaction of(Request request) {
    return request == null ? Redaction.of(Set.of()) : Redaction.forRequest(request.headers(), request.body());
  }
}
