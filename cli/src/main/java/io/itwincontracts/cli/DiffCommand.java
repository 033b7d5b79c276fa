package io.itwincontracts.cli;

import io.itwincontracts.cli.CliStreams;
import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.speccheck.ContractDiff;
import io.itwincontracts.speccheck.SpecChange;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Classifies the differences between two versions of a spec exactly as the build's breaking-change gate does. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Lists the differences between two versions of a spec, each ERROR (breaking), WARN or INFO, with the"
        + " rule it follows.",
        "Exit codes: 0 no ERROR (or ERRORs with info.version's major part raised), 1 ERROR, 2 unreadable input."})
final class DiffCommand implements Callable<Integer> {
  private final CliStreams streams;

  @Parameters(index = "0", paramLabel = "OLD.yaml", description = "The released spec; its relative $refs are followed.")
  private Path released;

  @Parameters(index = "1", paramLabel = "NEW.yaml", description = "The edited spec.")
  private Path edited;

  @Option(names = "--policy", paramLabel = "strict|bentley", defaultValue = "strict",
      description = "A field added to a closed response schema: strict (default) ERROR, bentley WARN.")
  private String policy;

  DiffCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    // an unreadable spec goes to the CLI's execution-exception handler: its message on stderr, exit 2
    ContractDiff diff = ContractDiff.compare(released, edited, CompatibilityPolicy.named(policy));
    for (SpecChange change : diff.changes()) {
      streams.out().println(change);
    }
    streams.out().println(diff.verdict());
    return diff.blocksRelease() ? ExitCode.INVALID : ExitCode.VALID;
  }
}
