package io.itwincontracts.cli;

import io.itwincontracts.cli.CliStreams;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists every operation with its method, path and the bodies it can validate. */
@Command(name = "operations", mixinStandardHelpOptions = true,
    description = "Lists every operation: spec, method, path, operationId, and its request and response statuses.")
final class OperationsCommand implements Callable<Integer> {
  private final CliStreams streams;

  @Option(names = "--spec", paramLabel = "FILE", description = "A spec file to list instead of the bundled specs.")
  private Path spec;

  OperationsCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    ContractValidator validator = spec == null ? ContractValidator.bundled() : ContractValidator.forSpec(spec);
    for (Operation operation : validator.operations()) {
      List<String> bodies = new ArrayList<>();
      if (operation.hasRequestBody()) {
        bodies.add("request");
      }
      bodies.addAll(operation.statuses());
      streams.out().printf("%-20s %-6s %-55s %-26s %s%n", operation.spec(), operation.method(), operation.path(),
          operation.operationId(), String.join(" ", bodies));
    }
    return ExitCode.VALID;
  }
}
