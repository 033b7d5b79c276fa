package io.itwincontracts.cli;

import io.itwincontracts.cli.CliStreams;
import io.itwincontracts.conformance.Check;
import io.itwincontracts.conformance.ContractVerifier;
import io.itwincontracts.conformance.VerificationResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the suite derived from the specs against a server: {@link ContractVerifier} on the command line. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Verifies a running server against the specs: positive, negative, auth and stateful cases derived",
        "from them, every answer checked. Prints one line per failure (operation | case | expected | got), then a",
        "summary table. Exit code: 0 conformant, 1 not, 2 usage or I/O error."})
final class VerifyCommand implements Callable<Integer> {
  private final CliStreams streams;

  @Spec
  private CommandSpec spec;

  @Option(names = "--base-url", required = true, paramLabel = "URL",
      description = "The server, under which /edfs, /synchronization and /itwins are (requests go there and nowhere else).")
  private URI baseUrl;

  @ArgGroup(exclusive = true)
  private TokenSource token;

  @Option(names = "--operation", paramLabel = "ID", description = "Only this operation (repeatable); by default all.")
  private List<String> operations = new ArrayList<>();

  // the defaults are the library's: picocli shows a field's initial value as ${DEFAULT-VALUE}
  @Option(names = "--seed", description = "The seed of the run's choices (default ${DEFAULT-VALUE}): the same seed, the same requests.")
  private long seed = ContractVerifier.DEFAULT_SEED;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write a report: FILE.xml (JUnit), FILE.md or FILE.html (repeatable).")
  private List<Path> reports = new ArrayList<>();

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "An ID your server knows, for the path parameter or body property NAME (default: the sandbox's IDs).")
  private Map<String, String> parameters = new LinkedHashMap<>();

  @Option(names = "--max-negative", description = "At most this many negative cases per operation (default ${DEFAULT-VALUE}).")
  private int maxNegative = ContractVerifier.DEFAULT_MAX_NEGATIVE_CASES;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Stop sending after this long (default ${DEFAULT-VALUE}).")
  private long timeLimit = ContractVerifier.DEFAULT_TIME_LIMIT.toSeconds();

  @Option(names = "--failures", defaultValue = "verify-failures", paramLabel = "DIR",
      description = "Where each failing case is written as a replayable HTTP request, secrets redacted (default verify-failures).")
  private Path failures;

  static final class TokenSource {
    @Option(names = "--token", paramLabel = "TOKEN", description = "The bearer token of the valid requests.")
    String value;

    @Option(names = "--token-env", paramLabel = "VAR", description = "Read the token from this environment variable.")
    String variable;
  }

  VerifyCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String scheme = baseUrl.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
      throw new ParameterException(spec.commandLine(), "--base-url must be an http or https URL: " + baseUrl);
    }
    for (Path report : reports) {
      if (!report.getFileName().toString().matches("(?i).*\\.(xml|md|html)")) {
        throw new ParameterException(spec.commandLine(), "--report " + report + ": the name must end in .xml, .md or .html");
      }
    }
    ContractVerifier verifier = ContractVerifier.against(baseUrl).seed(seed).operations(operations)
        .maxNegativeCases(maxNegative).timeLimit(Duration.ofSeconds(timeLimit)).failureDirectory(failures);
    String bearer = bearer();
    if (bearer != null) {
      verifier.token(bearer);
    }
    parameters.forEach(verifier::parameter);
    VerificationResult result = verifier.run();
    result.failures().forEach(streams.out()::println);
    streams.out().print(result.summaryTable());
    for (Path report : reports) {
      result.writeReport(report);
      streams.out().println("report: " + report);
    }
    if (!result.failures().isEmpty() && result.failures().stream().allMatch(f -> f.check() == Check.NO_ANSWER)) {
      streams.err().println("itwin-contracts: no answer from " + baseUrl + ": " + result.failures().get(0).got());
      return ExitCode.USAGE_OR_IO_ERROR;
    }
    return result.conformant() ? ExitCode.VALID : ExitCode.INVALID;
  }

  private String bearer() {
    if (token == null) {
      return null;
    }
    if (token.value != null) {
      return token.value;
    }
    String value = System.getenv(token.variable);
    if (value == null || value.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--token-env " + token.variable + ": the variable is not set");
    }
    return value;
  }
}
