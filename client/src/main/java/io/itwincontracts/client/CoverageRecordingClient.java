package io.itwincontracts.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Notes each attempt's status and, for an error, the code of its body, for {@link CoverageCalls}: inside the
 * retry loop, so every attempt counts. It reads an error body whole (the error decoder reads it again), and hands
 * it on.
 */
final class CoverageRecordingClient implements Client {
  private final Client delegate;
  private final ErrorBodyReader errors;

  CoverageRecordingClient(Client delegate, ErrorBodyReader errors) {
    this.delegate = delegate;
    this.errors = errors;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    String operationId = GeneratedOperation.of(request);
    if (operationId == null) {
      return response;
    }
    if (response.status() < 400 || response.body() == null) {
      CoverageCalls.attempted(new CoverageCalls.Attempt(operationId, response.status(), null));
      return response;
    }
    byte[] body;
    try (InputStream in = response.body().asInputStream()) {
      body = in.readAllBytes();
    }
    CoverageCalls.attempted(new CoverageCalls.Attempt(operationId, response.status(),
        errors.code(body)));
    return response.toBuilder().body(body).build();
  }
}
