package io.itwincontracts.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code itwin-contracts} command line. Exit codes: 0 all valid, 1 some payload invalid (or, for {@code diff},
 * a breaking change; for {@code verify} and {@code proxy}, a contract violation), 2 a usage or I/O error (with a message that names the problem).
 */
@Command(name = "itwin-contracts", mixinStandardHelpOptions = true, version = "itwin-contracts ${bundle:version}",
    // the version from the one build resource every product reads (picocli loads it as a resource bundle)
    resourceBundle = "io.itwincontracts.runtime.internal.version",
    description = "Checks JSON payloads against the iTwin Platform contract specs, spec edits against the released specs,"
        + " and servers and live traffic against the specs (verify, proxy); reports API coverage (coverage); turns"
        + " proxy recordings into sandbox data (seed).",
    subcommands = CommandLine.HelpCommand.class)
public final class ItwinContractsCli implements Runnable {
  @Spec
  private CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    OptionalInt handedOff = LauncherHandOff.run(args);
    if (handedOff.isPresent()) {
      System.exit(handedOff.getAsInt());
    }
    SpecReadAhead.startFor(args);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // System.console() is null when a stream is redirected: then no progress bar is drawn.
    System.exit(execute(new CliStreams(System.in, out, err, System.console() != null), args));
  }

  static int execute(CliStreams streams, String... args) {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("validate", () -> new ValidateCommand(streams));
    commands.put("operations", () -> new OperationsCommand(streams));
    commands.put("diff", () -> new DiffCommand(streams));
    commands.put("verify", () -> new VerifyCommand(streams));
    commands.put("proxy", () -> new ProxyCommand(streams));
    commands.put("coverage", () -> new CoverageCommand(streams));
    commands.put("seed", () -> new SeedCommand(streams));
    // picocli builds the model of every subcommand it is given, by reflection, and its classes (Java 5 bytecode) are
    // not in the class-data archive: a run that names its command builds that one only (about 0.2 s of a validate).
    // Anything else (help, --version, a misspelt command) gets them all, for the listing and the suggestions.
    String named = args.length > 0 ? args[0] : "";
    CommandLine cli = new CommandLine(new ItwinContractsCli());
    commands.forEach((name, command) -> {
      if (!commands.containsKey(named) || name.equals(named)) {
        cli.addSubcommand(name, command.get());
      }
    });
    cli.setOut(streams.out())
        .setErr(streams.err())
        .setExecutionExceptionHandler((e, commandLine, parsed) -> {
          commandLine.getErr().println("itwin-contracts: " + e.getMessage());
          return ExitCode.USAGE_OR_IO_ERROR;
        });
    int exitCode = cli.execute(args);
    streams.out().flush();
    streams.err().flush();
    return exitCode;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command: validate, operations, diff, verify, proxy, coverage or seed (see --help)");
  }
}
