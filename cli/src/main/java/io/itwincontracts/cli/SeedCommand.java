package io.itwincontracts.cli;

import io.itwincontracts.conformance.RecordingSeed;
import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Turns proxy recordings into the sandbox's start data and, optionally, example files. */
@Command(name = "seed", mixinStandardHelpOptions = true,
    description = {"Reads proxy recordings (proxy --record) and writes the data file of what they show (the",
        "sandbox's --data format): iTwins, roles, repositories, packages, manifest connections, systems. Lists what",
        "the sandbox cannot hold. --examples DIR writes each operation's distinct conforming bodies as examples and",
        "reports the bodies that do not conform (drift). Exit code: 0 written, 1 written with drift, 2 usage or I/O",
        "error or a recording that is not one (then nothing is written)."})
final class SeedCommand implements Callable<Integer> {
  private final CliStreams streams;

  @Option(names = "--from", required = true, arity = "1..*", paramLabel = "RECORDING.ndjson",
      description = "Recordings, read in the order their exchanges happened.")
  private List<Path> recordings;

  @Option(names = "--out", required = true, paramLabel = "DATA.json", description = "The data file to write.")
  private Path out;

  @Option(names = "--examples", paramLabel = "DIR", description = "Write the recorded bodies that conform, per operation and status.")
  private Path examples;

  SeedCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    RecordingSeed seed = RecordingSeed.read(recordings);
    ContractValidator spec = ContractValidator.bundled();
    List<String> drift = examples == null ? seed.drift(spec) : seed.writeExamples(examples, spec);
    seed.writeDataFile(out);
    RecordingSeed.Counts counts = seed.counts();
    streams.out().printf("seed: %d exchanges -> %s: %d iTwins, %d systems, %d manifest connections, %d packages,"
        + " %d roles, %d repositories%n", counts.exchanges(), out, counts.iTwins(), counts.systems(),
        counts.connections(), counts.packages(), counts.roles(), counts.repositories());
    seed.notHeld().forEach(line -> streams.out().println("not held: " + line));
    drift.forEach(line -> streams.out().println("DRIFT " + line));
    if (examples != null) {
      streams.out().println("examples: " + examples);
    }
    return drift.isEmpty() ? ExitCode.VALID : ExitCode.INVALID;
  }
}
