package io.itwincontracts.conformance.internal.generator;

import static io.itwincontracts.conformance.internal.generator.Bytes.utf8;
import static io.itwincontracts.conformance.internal.generator.FuzzRequests.replaced;
import static io.itwincontracts.conformance.internal.generator.FuzzRequests.wellFormed;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.validator.Operation;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;

/**
 * The random half of the fuzz run: combinations of the fixed half's breakage (a body, then a header, path parameter
 * or method), one in twenty a malformed request. Case {@code index} is drawn from its own
 * {@code Random(seed, index)}, so that any one case can be regenerated alone.
 */
final class RandomCases {
  private final List<OperationModel> operations;
  private final FuzzRequests requests;
  private final MalformedHttp malformed;
  private final long seed;

  RandomCases(List<OperationModel> operations, FuzzRequests requests, MalformedHttp malformed, long seed) {
    this.operations = operations;
    this.requests = requests;
    this.malformed = malformed;
    this.seed = seed;
  }

  FuzzCase get(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    if (random.nextInt(20) == 0) {
      return malformed.random(random, requests.validPath(operations.get(random.nextInt(operations.size()))), index);
    }
    OperationModel model = operations.get(random.nextInt(operations.size()));
    Operation operation = model.operation();
    String label = operation.operationId() + " #" + index + ":";
    String path = requests.validPath(model);
    List<Map.Entry<String, String>> headers = requests.standardHeaders(operation.hasRequestBody());
    byte[] body = null;
    if (operation.hasRequestBody() && !model.examples().isEmpty()) {
      JsonNode example = model.examples().get(random.nextInt(model.examples().size()));
      body = utf8(example.toString());
      BodyMutations mutations = model.mutations();
      List<BodyMutations.Slot> slots = mutations.slots(example, model.schema());
      int kind = random.nextInt(10);
      if (kind < 6 && !slots.isEmpty()) {
        BodyMutations.Slot slot = slots.get(random.nextInt(slots.size()));
        List<Map.Entry<String, JsonNode>> values = mutations.badValues(slot.schema(), random);
        Map.Entry<String, JsonNode> bad = values.get(random.nextInt(values.size()));
        body = mutations.replaced(example, slot, bad.getValue());
        label += " " + slot.pointer() + " " + bad.getKey();
      } else if (kind < 9) {
        List<Mutation> textual = TextMutations.of(example.toString(), random);
        Mutation mutation = textual.get(random.nextInt(textual.size()));
        body = mutation.body();
        label += " " + mutation.label();
      } else {
        body = Bytes.random(random, random.nextInt(256));
        label += " random body";
      }
    }
    switch (random.nextInt(8)) {
      case 0 -> {
        String type = FuzzRequests.CONTENT_TYPES.get(random.nextInt(FuzzRequests.CONTENT_TYPES.size()));
        headers = replaced(headers, "Content-Type", type);
        label += " content type " + type;
      }
      case 1 -> {
        String authorization = requests.authorizations.get(random.nextInt(requests.authorizations.size()));
        headers = replaced(headers, "Authorization", authorization);
        label += " authorization " + requests.abbreviate(authorization);
      }
      case 2 -> {
        Matcher parameters = FuzzRequests.PARAMETER.matcher(model.pathTemplate());
        if (parameters.find()) {
          String bad = random.nextBoolean() ? requests.badParameters.get(random.nextInt(requests.badParameters.size()))
              : FuzzRequests.encoded(RandomText.of(random, 1 + random.nextInt(40)));
          path = requests.pathWith(model, parameters.group(1), bad);
          label += " " + parameters.group(1) + "=" + requests.abbreviate(bad);
        }
      }
      case 3 -> {
        String method = FuzzRequests.METHODS.get(random.nextInt(FuzzRequests.METHODS.size()));
        label += " method " + method;
        return wellFormed(label, method, path, headers, body);
      }
      default -> { }
    }
    if (!operation.hasRequestBody()) {
      label += " (no body operation)";
    }
    return wellFormed(label, operation.method(), path, headers, body);
  }
}
