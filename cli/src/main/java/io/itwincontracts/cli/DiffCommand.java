package io.itwincontracts.cli;

import io.itwincontracts.cli.ItwinContractsCli.CliStreams;
import io.itwincontracts.speccheck.diff.ContractDiff;
import io.itwincontracts.speccheck.diff.SpecChange;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Classifies the differences between two versions of a spec exactly as the build's breaking-change gate does. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Lists the differences between two versions of a spec, each breaking or compatible.",
        "Exit codes: 0 compatible (or breaking with info.version's major part raised), 1 breaking, 2 unreadable input."})
final class DiffCommand implements Callable<Integer> {
  private final CliStreams streams;

  @Parameters(index = "0", paramLabel = "OLD.yaml", description = "The released spec; its relative $refs are followed.")
  private Path released;

  @Parameters(index = "1", paramLabel = "NEW.yaml", description = "The edited spec.")
  private Path edited;

  DiffCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    // an unreadable spec goes to the CLI's execution-exception handler: its message on stderr, exit 2
    ContractDiff diff = ContractDiff.compare(released, edited);
    for (SpecChange change : diff.changes()) {
      streams.out().println(change);
    }
    streams.out().println(diff.verdict());
    return diff.blocksRelease() ? ItwinContractsCli.INVALID : ItwinContractsCli.VALID;
  }
}
