package io.itwincontracts.client;

import io.itwincontracts.runtime.internal.Redaction;
import feign.Client;
import feign.Request;
import feign.Response;
import feign.Util;
import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds each exchange to the contract, around the buffering client: the request body before anything is sent,
 * then the whole response (status, required headers, body) before Feign decodes it or its retry loop sees it.
 * Violations are redacted ({@link Redaction}) before anyone sees them. The only class of the client that uses the
 * validator: it is created only when checks are on, so a client without checks never loads the validator.
 */
final class ContractCheckingClient implements Client {
  private final Client delegate;
  private final ContractValidator validator = ContractValidator.bundled();
  private final boolean strict;
  private final Consumer<ContractReport> listener;

  ContractCheckingClient(Client delegate, ContractChecks mode, Consumer<ContractReport> listener) {
    this.delegate = delegate;
    this.strict = mode == ContractChecks.STRICT;
    this.listener = listener;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    String operationId = GeneratedOperation.of(request);
    if (operationId == null) {
      return delegate.execute(request, options);
    }
    String exchange = "client " + request.httpMethod() + " " + URI.create(request.url()).getRawPath();
    String sent = request.body() == null ? null : new String(request.body(), StandardCharsets.UTF_8);
    check(request, exchange, Target.request(operationId), validator.validateRequest(operationId, sent));
    Response response = delegate.execute(request, options);
    byte[] body = response.body() == null ? null : Util.toByteArray(response.body().asInputStream());
    Response buffered = body == null ? response : response.toBuilder().body(body).build();
    check(request, exchange, Target.response(operationId, String.valueOf(response.status())),
        validator.validateResponse(operationId, response.status(), name -> firstValue(response, name),
            body == null ? null : new String(body, StandardCharsets.UTF_8)));
    return buffered;
  }

  private void check(Request request, String exchange, Target target, List<Violation> violations) {
    if (violations.isEmpty()) {
      return;
    }
    Redaction redactor = RequestRedaction.of(request);
    ContractReport report = new ContractReport(redactor.text(exchange), target, violations.stream()
        .map(v -> new Violation(redactor.text(v.pointer()), v.keyword(), redactor.text(v.message())))
        .toList());
    if (listener != null) {
      listener.accept(report);
    }
    if (strict) {
      throw new ContractViolationException(report);
    }
  }

  private static String firstValue(Response response, String header) {
    Collection<String> values = Util.valuesOrEmpty(response.headers(), header);
    return values.isEmpty() ? null : values.iterator().next();
  }
}
