package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.http.ResponseChecks;
import io.itwincontracts.conformance.internal.http.Sender;
import io.itwincontracts.validator.ContractValidator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One verify run: the operations chosen, each one's stateless cases sent in spec order, then the stateful
 * sequences; {@code ContractVerifier} gathers the settings and calls it.
 */
public final class Verification {
  /**
   * What a run is given; see {@code ContractVerifier} for each one's meaning and default.
   *
   * @param baseUrl the root under which {@code /edfs}, {@code /synchronization} and {@code /itwins} are
   * @param token the bearer token of the valid requests
   * @param seed the seed of every random choice
   * @param operations the operationIds to verify; empty for all
   * @param parameters the IDs the server knows
   * @param maxNegativeCases the bound on negative cases per operation
   * @param timeLimit how long the run sends
   * @param requestTimeout how long one request may take
   * @param failureDirectory where failing cases are written, or null for nowhere
   * @param validator the specs
   * @param wellFormedOnly whether negative cases leave out bodies that are not well-formed JSON
   */
  public record Settings(URI baseUrl, String token, long seed, List<String> operations, PathParameters parameters,
      int maxNegativeCases, Duration timeLimit, Duration requestTimeout, Path failureDirectory,
      ContractValidator validator, boolean wellFormedOnly) {}

  private Verification() {}

  /**
   * Runs the suite.
   *
   * @throws IllegalArgumentException for an operation the specs do not have (the message lists them)
   */
  public static Outcome run(Settings settings) throws InterruptedException {
    long start = System.nanoTime();
    ContractValidator validator = settings.validator();
    List<OperationModel> all = OperationModel.all(validator);
    List<OperationModel> selected = selected(all, settings.operations());
    VerifyRun run = new VerifyRun(new Sender(settings.baseUrl(), settings.requestTimeout()),
        new ResponseChecks(validator), settings.failureDirectory(), settings.seed(), settings.timeLimit());
    Map<String, VerifySuite> suites = new LinkedHashMap<>();
    for (OperationModel model : selected) {
      suites.put(model.operationId(), new VerifySuite(validator, model, settings.parameters(), settings.token(),
          settings.wellFormedOnly()));
    }
    for (OperationModel model : selected) {
      // a method of another operation on the same path is no 405 case
      List<String> methods = all.stream().filter(m -> m.pathTemplate().equals(model.pathTemplate()))
          .map(m -> m.operation().method()).toList();
      for (VerifyCase sent : suites.get(model.operationId()).cases(settings.seed(), settings.maxNegativeCases(), methods)) {
        run.execute(sent);
      }
    }
    new Sequences(selected, suites).run(run, settings.seed());
    return run.outcome(Duration.ofNanos(System.nanoTime() - start));
  }

  private static List<OperationModel> selected(List<OperationModel> all, List<String> operations) {
    Set<String> known = Set.copyOf(all.stream().map(OperationModel::operationId).toList());
    for (String operation : operations) {
      if (!known.contains(operation)) {
        throw new IllegalArgumentException("unknown operation '" + operation + "'; the operations are: "
            + String.join(", ", all.stream().map(OperationModel::operationId).toList()));
      }
    }
    return all.stream().filter(m -> operations.isEmpty() || operations.contains(m.operationId())).toList();
  }
}
