package io.itwincontracts.conformance.internal.generator;

import io.itwincontracts.validator.ContractValidator;
import java.util.List;

/**
 * The bad requests of a fuzz run, generated from the specs: the operations and their request examples come from
 * the validator, the schemas from the YAML. First a fixed, exhaustive list (every slot of every example with every
 * bad value, every text-level breakage, header, path parameter, method and malformed HTTP case), then random
 * combinations of them, each drawn from its own {@code Random(seed, index)} so that any one case can be
 * regenerated alone.
 */
public final class FuzzCases {
  /** The bearer token every generated request carries where it is not itself the thing broken. */
  public static final String TOKEN = "fuzz-bearer-c0ffee-4d1e";

  private final List<FuzzCase> fixed;
  private final RandomCases random;

  /**
   * The cases of a run.
   *
   * @param validator the specs to generate from
   * @param seed what the random part of the run is drawn from: the same seed, the same cases
   * @param parameters the path parameters of a valid request (IDs the server under test knows)
   * @throws IllegalArgumentException when {@code parameters} has no {@code iTwinId}
   */
  public FuzzCases(ContractValidator validator, long seed, PathParameters parameters) {
    FuzzRequests requests = new FuzzRequests(TOKEN, parameters);
    MalformedHttp malformed = new MalformedHttp(TOKEN);
    List<OperationModel> operations = OperationModel.all(validator);
    this.fixed = FixedCases.of(operations, requests, malformed, seed);
    this.random = new RandomCases(operations, requests, malformed, seed);
  }

  /** Case {@code index}: from the fixed list while it lasts, then random. */
  public FuzzCase get(int index) {
    return index < fixed.size() ? fixed.get(index) : random.get(index);
  }

  /** How many cases the fixed, exhaustive list holds; indexes past it are random combinations. */
  public int fixedCount() {
    return fixed.size();
  }
}
