package io.itwincontracts.conformance.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.conformance.internal.generator.Mutation;
import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.TextMutations;
import io.itwincontracts.conformance.internal.verify.VerifyCase.Kind;
import io.itwincontracts.runtime.internal.JsonLimits;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The negative cases of one operation: the generator's mutations of a valid body that the engine finds invalid (the
 * 422 with a detail naming the field), wrong content types (415), methods the path does not have (405).
 */
final class NegativeCases {
  private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded");
  private static final List<String> OTHER_METHODS = List.of("DELETE", "PATCH", "PUT", "POST", "GET");
  /** A body this large may be refused as too large (413) before any rule reads it. */
  private static final int LARGE_BODY = JsonLimits.MAX_BODY_BYTES;

  private final ContractValidator validator;
  private final OperationModel model;
  private final OperationRequests requests;
  private final boolean wellFormedOnly;

  NegativeCases(ContractValidator validator, OperationModel model, OperationRequests requests, boolean wellFormedOnly) {
    this.validator = validator;
    this.model = model;
    this.requests = requests;
    this.wellFormedOnly = wellFormedOnly;
  }

  /**
   * The cases, before the bound: with a body ({@code valid} not null) the mutations of {@code base} and the wrong
   * content types; for every operation the methods its path lacks.
   */
  List<VerifyCase> of(byte[] valid, JsonNode base, List<String> methodsOnPath, Random random) {
    List<VerifyCase> cases = new ArrayList<>();
    if (valid != null) {
      for (Mutation mutation : model.mutations().of(base, model.schema(), random)) {
        addIfInvalid(cases, mutation);
      }
      for (Mutation mutation : TextMutations.wrongDocuments()) {
        addIfInvalid(cases, mutation);
      }
      for (String type : WRONG_CONTENT_TYPES) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(requests.valid(false));
        headers.add(Map.entry("Content-Type", type));
        cases.add(requests.make(Kind.NEGATIVE, "content type " + type, valid, headers, requests.status(415)));
      }
    }
    for (String method : OTHER_METHODS) {
      if (!methodsOnPath.contains(method)) {
        cases.add(requests.make(Kind.NEGATIVE, "method " + method, method, valid, requests.valid(valid != null),
            requests.status(405)));
      }
    }
    return cases;
  }

  /** A mutation the engine accepts is not a negative case: the server may accept it too. */
  private void addIfInvalid(List<VerifyCase> cases, Mutation mutation) {
    byte[] body = mutation.body();
    List<Violation> violations = validator.validateRequest(model.operationId(), new String(body, StandardCharsets.UTF_8));
    boolean malformed = violations.stream().anyMatch(v -> Violation.SYNTAX.equals(v.keyword())
        || Violation.LIMIT.equals(v.keyword()));
    if (!violations.isEmpty() && !(wellFormedOnly && malformed)) {
      // a body that is no JSON has no field at fault to name
      Expectation expected = Expectation.unprocessable(requests.codes(422), malformed ? Set.of() : fields(violations));
      cases.add(requests.make(Kind.NEGATIVE, mutation.label(), body, requests.valid(true),
          body.length >= LARGE_BODY ? expected.or(413, requests.codes(413)) : expected));
    }
  }

  /** The property each violation is about: the last name in its pointer (none for the whole body). */
  private static Set<String> fields(List<Violation> violations) {
    Set<String> fields = new LinkedHashSet<>();
    for (Violation violation : violations) {
      String[] segments = violation.pointer().split("/");
      for (int i = segments.length - 1; i > 0; i--) {
        if (!segments[i].matches("[0-9]+")) {
          fields.add(segments[i].replace("~1", "/").replace("~0", "~"));
          break;
        }
      }
    }
    return fields;
  }
}
