package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.http.Request;
import io.itwincontracts.conformance.internal.verify.VerifyCase.Kind;
import io.itwincontracts.validator.ContractValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How verify's requests to one operation are made: its path with the IDs the server knows, the headers with or
 * without the run's token, and the status the spec gives with the error codes it lists for it.
 */
final class OperationRequests {
  static final String ACCEPT = "application/json";

  private final ContractValidator validator;
  private final OperationModel model;
  private final PathParameters parameters;
  private final String token;

  OperationRequests(ContractValidator validator, OperationModel model, PathParameters parameters, String token) {
    this.validator = validator;
    this.model = model;
    this.parameters = parameters;
    this.token = token;
  }

  /** A case of the operation's own method. */
  VerifyCase make(Kind kind, String label, byte[] body, List<Map.Entry<String, String>> headers,
      Expectation expectation) {
    return make(kind, label, model.operation().method(), body, headers, expectation);
  }

  /** A case on the operation's path with {@code method}; the path is filled when the case is made. */
  VerifyCase make(Kind kind, String label, String method, byte[] body, List<Map.Entry<String, String>> headers,
      Expectation expectation) {
    return new VerifyCase(model.operationId(), kind, label,
        new Request(method, parameters.path(model.pathTemplate()), headers, body), expectation);
  }

  /** The headers of a valid request: the run's bearer token, Accept and, for a body, the JSON content type. */
  List<Map.Entry<String, String>> valid(boolean json) {
    return headers("Bearer " + token, json);
  }

  /** Accept and, when given, Authorization and a JSON content type. */
  static List<Map.Entry<String, String>> headers(String authorization, boolean json) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    if (authorization != null) {
      headers.add(Map.entry("Authorization", authorization));
    }
    headers.add(Map.entry("Accept", ACCEPT));
    if (json) {
      headers.add(Map.entry("Content-Type", "application/json"));
    }
    return headers;
  }

  /** The status the pages give, with one of the codes the spec gives for it on this operation. */
  Expectation status(int status) {
    return Expectation.status(status, codes(status));
  }

  /** The error codes the spec gives for the status on this operation; empty when it gives none. */
  List<String> codes(int status) {
    return validator.errorCodes(model.operationId(), status);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
