package io.itwincontracts.conformance.internal.verify;

import static io.itwincontracts.conformance.internal.verify.OperationRequests.headers;
import static io.itwincontracts.conformance.internal.verify.OperationRequests.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.generator.ValidBodies;
import io.itwincontracts.conformance.internal.verify.VerifyCase.Kind;
import io.itwincontracts.validator.ContractValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The cases of a verify run for one operation, derived from the specs: positive ones (every example, bodies
 * generated from the schema), auth ones (no or a malformed {@code Authorization}: 401) and the
 * {@link NegativeCases}; each expects the code the spec gives for its status. Negative cases past the bound are
 * dropped at random, by the seed. Also makes the operation's steps of the stateful {@link Sequences}.
 */
final class VerifySuite {
  private static final List<String> BAD_AUTHORIZATIONS = List.of("Basic dXNlcjpwYXNz", "Bearer");
  private static final int GENERATED_BODIES = 2;

  private final ContractValidator validator;
  private final OperationModel model;
  private final OperationRequests requests;
  private final ValidBodies bodies;
  private final NegativeCases negative;

  VerifySuite(ContractValidator validator, OperationModel model, PathParameters parameters, String token,
      boolean wellFormedOnly) {
    this.validator = validator;
    this.model = model;
    this.requests = new OperationRequests(validator, model, parameters, token);
    this.bodies = model.validBodies(parameters);
    this.negative = new NegativeCases(validator, model, requests, wellFormedOnly);
  }

  /** A valid body generated from the schema with {@code random}, or null for an operation without one. */
  JsonNode generatedBody(Random random) {
    return model.operation().hasRequestBody() ? bodies.generate(model.schema(), random) : null;
  }

  /**
   * The stateless cases, in the order sent: positive, auth, then at most {@code maxNegative} negative ones.
   *
   * @param methodsOnPath the methods some operation has on this operation's path: no 405 case for them
   */
  List<VerifyCase> cases(long seed, int maxNegative, List<String> methodsOnPath) {
    Random random = new Random(seed ^ model.operationId().hashCode());
    List<VerifyCase> cases = new ArrayList<>(positive(random));
    byte[] valid = cases.get(0).request().body();
    for (String authorization : BAD_AUTHORIZATIONS) {
      cases.add(requests.make(Kind.AUTH, "authorization " + authorization.replaceFirst(" .*", " …"), valid,
          headers(authorization, valid != null), requests.status(401)));
    }
    cases.add(requests.make(Kind.AUTH, "no authorization", valid, headers(null, valid != null), requests.status(401)));
    JsonNode base = valid == null ? null
        : bodies.withKnownValues(model.examples().isEmpty() ? generatedBody(random) : model.examples().get(0));
    List<VerifyCase> negatives = negative.of(valid, base, methodsOnPath, random);
    Collections.shuffle(negatives, random);
    cases.addAll(negatives.subList(0, Math.min(maxNegative, negatives.size())));
    return cases;
  }

  private List<VerifyCase> positive(Random random) {
    List<VerifyCase> cases = new ArrayList<>();
    if (!model.operation().hasRequestBody()) {
      cases.add(requests.make(Kind.POSITIVE, "no body", null, requests.valid(false), Expectation.SUCCESS));
      return cases;
    }
    // an example's fixed IDs may exist already, from an earlier run
    Expectation exampleExpects = model.operation().statuses().contains("409") ? Expectation.SUCCESS_OR_CONFLICT
        : Expectation.SUCCESS;
    int index = 0;
    for (JsonNode example : model.examples()) {
      cases.add(requests.make(Kind.POSITIVE, "example " + ++index, utf8(bodies.withKnownValues(example).toString()),
          requests.valid(true), exampleExpects));
    }
    for (int i = 1; i <= GENERATED_BODIES; i++) {
      JsonNode body = generatedBody(random);
      if (validator.validateRequest(model.operationId(), body.toString()).isEmpty()) {
        cases.add(requests.make(Kind.POSITIVE, "generated body " + i, utf8(body.toString()), requests.valid(true),
            Expectation.SUCCESS));
      }
    }
    return cases;
  }

  /** A step of a sequence on this operation: a valid request with {@code body} (null for none). */
  VerifyCase step(String label, JsonNode body, Expectation expectation) {
    return requests.make(Kind.SEQUENCE, label, body == null ? null : utf8(body.toString()),
        requests.valid(body != null), expectation);
  }

  /** A second create of the same item: the operation's 409. */
  Expectation conflict() {
    return requests.status(409);
  }
}
