package io.itwincontracts.client;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads each response body inside the client call. A connection that drops mid-body then fails as an I/O error
 * of the exchange, which {@link RetryAfterRetryer} judges by method (a GET is retried, a POST is not), instead of
 * surfacing later as a Feign decode error that no retry rule sees. The API's bodies are small JSON documents.
 */
final class BufferingClient implements Client {
  private final Client delegate;

  BufferingClient(Client delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    if (response.body() == null) {
      return response;
    }
    try (InputStream body = response.body().asInputStream()) {
      return response.toBuilder().body(Util.toByteArray(body)).build();
    }
  }
}
