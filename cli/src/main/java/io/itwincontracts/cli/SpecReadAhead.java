package io.itwincontracts.cli;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import io.itwincontracts.validator.Target;
import java.util.List;
import java.util.Set;

/**
 * Starts reading the bundled specs on a thread of its own while picocli builds the command's model on the main
 * thread, for the commands that will read them. Both take about a tenth of a second of a {@code validate} run, mostly
 * cold code and class loading on one core each; the command then finds the specs read, or waits for the rest.
 * Nothing is read ahead for {@code --spec} (another file), for help and version requests, or for other commands; a
 * failure here is left for the command's own read to report.
 */
final class SpecReadAhead {
  private static final Set<String> READERS_OF_THE_BUNDLED_SPECS = Set.of("validate", "operations", "coverage", "seed");
  private static final Set<String> NOT_A_RUN = Set.of("--spec", "-h", "--help", "-V", "--version");

  private SpecReadAhead() {}

  static void startFor(String... args) {
    if (!readsTheBundledSpecs(args)) {
      return;
    }
    Thread reader = new Thread(SpecReadAhead::read, "itwin-contracts-spec-read-ahead");
    reader.setDaemon(true);
    reader.start();
  }

  /** Whether a run with these arguments will read the bundled specs. */
  static boolean readsTheBundledSpecs(String... args) {
    List<String> words = List.of(args);
    return !words.isEmpty() && READERS_OF_THE_BUNDLED_SPECS.contains(words.get(0))
        && words.stream().noneMatch(word -> NOT_A_RUN.contains(word) || word.startsWith("--spec="));
  }

  private static void read() {
    try {
      ContractValidator bundled = ContractValidator.bundled();
      // one small validation loads and initialises the schema engine the command then uses for its own target
      bundled.operations().stream().filter(Operation::hasRequestBody).findFirst()
          .ifPresent(operation -> bundled.validate(Target.request(operation.operationId()), "{}"));
    } catch (RuntimeException e) {
      // the command reads the specs again and reports what is wrong
    }
  }
}
