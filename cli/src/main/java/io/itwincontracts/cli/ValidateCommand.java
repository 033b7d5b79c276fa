package io.itwincontracts.cli;

import io.itwincontracts.cli.CliStreams;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates payloads against an operation's request or response body, or a component schema. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validates JSON payloads against a schema of the specs.",
        "Prints one line per violation (FILE: /pointer: message) and a summary (N valid, M invalid).",
        "Exit code: 0 all valid, 1 some invalid, 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {
  private static final int PROGRESS_THRESHOLD = 200;

  private final CliStreams streams;

  @Spec
  private CommandSpec spec;

  @Option(names = "--operation", paramLabel = "OPERATION_ID", description = "The operation, e.g. createSystem.")
  private String operationId;

  @Option(names = "--request", description = "Validate the operation's request body.")
  private boolean request;

  @Option(names = "--response", paramLabel = "STATUS", description = "Validate the operation's response body for STATUS.")
  private String status;

  @Option(names = "--schema", paramLabel = "NAME", description = "Validate against a component schema instead.")
  private String schema;

  @Option(names = "--spec", paramLabel = "FILE", description = "A spec file (e.g. one being edited) instead of the bundled specs.")
  private Path specFile;

  @Option(names = "--ndjson", paramLabel = "FILE", description = "A file with one JSON payload per line.")
  private Path ndjson;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: text (default) or json.")
  private ReportFormat format;

  @Parameters(paramLabel = "PAYLOAD", arity = "0..*",
      description = "JSON files, directories (every *.json below) or - for standard input.")
  private List<String> inputs = new ArrayList<>();

  ValidateCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    Target target = target();
    if (inputs.isEmpty() && ndjson == null) {
      throw new ParameterException(spec.commandLine(), "name at least one payload (a file, a directory, - or --ndjson FILE)");
    }
    ContractValidator validator = specFile == null ? ContractValidator.bundled() : ContractValidator.forSpec(specFile);
    List<Payload> payloads = PayloadSource.expand(inputs, ndjson, streams.in());
    Report report = format.open(streams.out());
    ProgressBar progress = new ProgressBar(streams.err(), payloads.size(),
        streams.errIsTerminal() && payloads.size() > PROGRESS_THRESHOLD);
    for (Payload payload : payloads) {
      try (InputStream in = payload.open()) {
        List<Violation> violations = validator.validate(target, in);
        report.add(payload.source(), violations);
      }
      progress.step();
    }
    progress.done();
    report.finish();
    return report.invalid() == 0 ? ExitCode.VALID : ExitCode.INVALID;
  }

  private Target target() {
    if (schema != null) {
      if (operationId != null || request || status != null) {
        throw usage("--schema excludes --operation, --request and --response");
      }
      return Target.component(schema);
    }
    if (operationId == null) {
      throw usage("name what to validate against: --operation ID with --request or --response STATUS, or --schema NAME");
    }
    if (request == (status != null)) {
      throw usage("--operation needs exactly one of --request or --response STATUS");
    }
    return request ? Target.request(operationId) : Target.response(operationId, status);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
