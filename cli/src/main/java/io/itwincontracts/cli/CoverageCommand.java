package io.itwincontracts.cli;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.coverage.ApiCoverage;
import io.itwincontracts.validator.coverage.CoverageGate;
import io.itwincontracts.validator.coverage.CoverageMatrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Merges coverage files, renders the matrix and applies a gate. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = {"Merges API coverage files (each @SandboxTest class writes one under",
        "target/itwin-contracts/coverage; the proxy writes one with --coverage) and prints what they covered of",
        "every operation, status and error code of the specs; --html and --json write the matrix. Exit code:",
        "0 at or above the gate (or no gate), 1 below it (naming what is missing), 2 usage or I/O error."})
final class CoverageCommand implements Callable<Integer> {
  private final CliStreams streams;

  @Option(names = "--merge", required = true, arity = "1..*", paramLabel = "DIR|FILE",
      description = "Coverage files, or directories of them (*.json), e.g. the target/itwin-contracts/coverage of each module.")
  private List<Path> inputs;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the matrix as an HTML page.")
  private Path html;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the matrix as JSON.")
  private Path json;

  @Option(names = "--minimum", paramLabel = "RATIO", description = "Gate: the least share of listed statuses reached, 0 to 1.")
  private String minimum;

  @Option(names = "--minimum-per-operation", paramLabel = "RATIO", description = "Gate: the least share per operation, 0 to 1.")
  private String minimumPerOperation;

  @Option(names = "--require", split = ",", paramLabel = "OP:STATUS[:CODE]",
      description = "Gate: what must be reached, e.g. createSystem:409 or *:429 (comma-separated or repeated).")
  private List<String> required;

  CoverageCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    Map<String, String> settings = new HashMap<>();
    settings.put(CoverageGate.MINIMUM, minimum);
    settings.put(CoverageGate.MINIMUM_PER_OPERATION, minimumPerOperation);
    settings.put(CoverageGate.REQUIRED, required == null ? null : String.join(",", required));
    Optional<CoverageGate> gate = CoverageGate.fromSettings(name -> Optional.ofNullable(settings.get(name)));
    CoverageMatrix matrix = ApiCoverage.read(inputs).matrix(ContractValidator.bundled());
    if (html != null) {
      matrix.writeHtml(html);
    }
    if (json != null) {
      matrix.writeJson(json);
    }
    streams.out().print(matrix.summary());
    Optional<String> failure = gate.flatMap(g -> g.failure(matrix));
    failure.ifPresent(streams.err()::println);
    return failure.isPresent() ? ExitCode.INVALID : ExitCode.VALID;
  }
}
