package io.itwincontracts.benchmarks;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The payloads a validation benchmark runs over: every example the spec gives for one operation (request and
 * responses), or a generated {@code listSystems} response of {@value #LARGE_LIST_ITEMS} items.
 */
final class SeedPayloads {
  /** The benchmark parameter naming the large listSystems response. */
  static final String LARGE_LIST = "listSystems10000";
  static final int LARGE_LIST_ITEMS = 10_000;

  /** One payload and the body it is checked against. */
  record Payload(Target target, byte[] json) {}

  private SeedPayloads() {}

  /** The payloads of an operation id, or of {@link #LARGE_LIST}; never empty. */
  static List<Payload> of(String name) {
    if (LARGE_LIST.equals(name)) {
      return List.of(new Payload(Target.response("listSystems", "200"), ListSystemsPayload.withItems(LARGE_LIST_ITEMS)));
    }
    List<Payload> payloads = ContractValidator.bundled().examples().stream()
        .filter(example -> name.equals(example.target().operationId()))
        .map(example -> new Payload(example.target(), example.json().getBytes(StandardCharsets.UTF_8)))
        .toList();
    if (payloads.isEmpty()) {
      throw new IllegalArgumentException("the specs have no example of operation " + name);
    }
    return payloads;
  }
}
