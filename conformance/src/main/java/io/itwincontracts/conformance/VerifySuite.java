package io.itwincontracts.conformance;

import io.itwincontracts.conformance.internal.generator.Mutation;
import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.generator.TextMutations;
import io.itwincontracts.conformance.internal.generator.ValidBodies;
import io.itwincontracts.conformance.internal.http.Request;
import io.itwincontracts.runtime.internal.JsonLimits;

import io.itwincontracts.conformance.VerifyCase.Kind;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The stateless cases of a verify run for one operation, derived from the specs: positive ones (every example,
 * bodies generated from the schema), auth ones (no or a malformed {@code Authorization}: 401), negative ones (the fuzz
 * generator's mutations of a valid body that the engine finds invalid: the 422 with a detail naming the field; wrong
 * content types: 415; methods the path does not have: 405). Each expects the code the spec gives for its status.
 * Negative cases past the bound are dropped at random, by the seed.
 */
final class VerifySuite {
  static final String ACCEPT = "application/json";
  private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded");
  private static final List<String> BAD_AUTHORIZATIONS = List.of("Basic dXNlcjpwYXNz", "Bearer");
  private static final List<String> OTHER_METHODS = List.of("DELETE", "PATCH", "PUT", "POST", "GET");
  private static final int GENERATED_BODIES = 2;
  /** A body this large may be refused as too large (413) before any rule reads it. */
  private static final int LARGE_BODY = JsonLimits.MAX_BODY_BYTES;

  private final ContractValidator validator;
  private final OperationModel model;
  private final PathParameters parameters;
  private final String token;
  private final ValidBodies bodies;
  private final boolean wellFormedOnly;

  VerifySuite(ContractValidator validator, OperationModel model, PathParameters parameters, String token,
      boolean wellFormedOnly) {
    this.validator = validator;
    this.wellFormedOnly = wellFormedOnly;
    this.model = model;
    this.parameters = parameters;
    this.token = token;
    this.bodies = model.validBodies(parameters);
  }

  /** A valid body generated from the schema with {@code random}, or null for an operation without one. */
  JsonNode generatedBody(Random random) {
    return model.operation().hasRequestBody() ? bodies.generate(model.schema(), random) : null;
  }

  List<VerifyCase> cases(long seed, int maxNegative, List<String> methodsOnPath) {
    Random random = new Random(seed ^ model.operationId().hashCode());
    List<VerifyCase> cases = new ArrayList<>(positive(random));
    byte[] valid = cases.get(0).request().body();
    for (String authorization : BAD_AUTHORIZATIONS) {
      cases.add(make(Kind.AUTH, "authorization " + authorization.replaceFirst(" .*", " …"), valid,
          headers(authorization, valid != null), status(401)));
    }
    cases.add(make(Kind.AUTH, "no authorization", valid, headers(null, valid != null), status(401)));
    List<VerifyCase> negative = negative(valid, random, methodsOnPath);
    Collections.shuffle(negative, random);
    cases.addAll(negative.subList(0, Math.min(maxNegative, negative.size())));
    return cases;
  }

  private List<VerifyCase> positive(Random random) {
    List<VerifyCase> cases = new ArrayList<>();
    if (!model.operation().hasRequestBody()) {
      cases.add(make(Kind.POSITIVE, "no body", null, headers("Bearer " + token, false), Expectation.SUCCESS));
      return cases;
    }
    boolean conflicts = model.operation().statuses().contains("409");
    int index = 0;
    for (JsonNode example : model.examples()) {
      cases.add(make(Kind.POSITIVE, "example " + ++index, utf8(bodies.withKnownValues(example).toString()),
          headers("Bearer " + token, true), conflicts ? Expectation.SUCCESS_OR_CONFLICT : Expectation.SUCCESS));
    }
    for (int i = 1; i <= GENERATED_BODIES; i++) {
      JsonNode body = generatedBody(random);
      if (validator.validateRequest(model.operationId(), body.toString()).isEmpty()) {
        cases.add(make(Kind.POSITIVE, "generated body " + i, utf8(body.toString()), headers("Bearer " + token, true),
            Expectation.SUCCESS));
      }
    }
    return cases;
  }

  private List<VerifyCase> negative(byte[] valid, Random random, List<String> methodsOnPath) {
    List<VerifyCase> cases = new ArrayList<>();
    if (valid != null) {
      JsonNode base = bodies.withKnownValues(model.examples().isEmpty() ? generatedBody(random) : model.examples().get(0));
      for (Mutation mutation : model.mutations().of(base, model.schema(), random)) {
        addIfInvalid(cases, mutation);
      }
      for (Mutation mutation : TextMutations.wrongDocuments()) {
        addIfInvalid(cases, mutation);
      }
      for (String type : WRONG_CONTENT_TYPES) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(headers("Bearer " + token, false));
        headers.add(Map.entry("Content-Type", type));
        cases.add(make(Kind.NEGATIVE, "content type " + type, valid, headers, status(415)));
      }
    }
    for (String method : OTHER_METHODS) {
      if (!methodsOnPath.contains(method)) {
        cases.add(new VerifyCase(model.operationId(), Kind.NEGATIVE, "method " + method, new Request(method,
            parameters.path(model.pathTemplate()), headers("Bearer " + token, valid != null), valid), status(405)));
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
      Expectation expected = Expectation.unprocessable(codes(422), malformed ? Set.of() : fields(violations));
      cases.add(make(Kind.NEGATIVE, mutation.label(), body, headers("Bearer " + token, true),
          body.length >= LARGE_BODY ? expected.or(413, codes(413)) : expected));
    }
  }

  /** The status the pages give, with one of the codes the spec gives for it on this operation. */
  private Expectation status(int status) {
    return Expectation.status(status, codes(status));
  }

  /** A second create of the same item: the operation's 409. */
  Expectation conflict() {
    return status(409);
  }

  private List<String> codes(int status) {
    return validator.errorCodes(model.operationId(), status);
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

  private VerifyCase make(Kind kind, String label, byte[] body, List<Map.Entry<String, String>> headers,
      Expectation expectation) {
    return new VerifyCase(model.operationId(), kind, label, new Request(model.operation().method(),
        parameters.path(model.pathTemplate()), headers, body), expectation);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
}
