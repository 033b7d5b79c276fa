package io.itwincontracts.sandbox;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code java -jar itwin-sandbox.jar}: runs a {@link Sandbox} until SIGTERM or Ctrl-C. */
@Command(name = "itwin-sandbox", mixinStandardHelpOptions = true, version = "itwin-sandbox ${bundle:version}",
    // the version from the one build resource every product reads (picocli loads it as a resource bundle)
    resourceBundle = "io.itwincontracts.runtime.internal.version",
    description = {"An in-memory iTwin Platform server (EDFS, Synchronization, iTwins) on 127.0.0.1 (--host),",
        "with the documented behaviour of the five contract operations. Stops on SIGTERM or Ctrl-C."})
public final class SandboxMain implements Callable<Integer> {
  // each option can come from the environment too (ITWIN_SANDBOX_*): how a container is given its settings
  @Option(names = "--port", paramLabel = "N", defaultValue = "${env:ITWIN_SANDBOX_PORT:-4010}",
      description = "Port (default ${DEFAULT-VALUE}, or $ITWIN_SANDBOX_PORT); 0 picks a free one.")
  private int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:ITWIN_SANDBOX_HOST:-127.0.0.1}",
      description = "Address to listen on (default ${DEFAULT-VALUE}, or $ITWIN_SANDBOX_HOST); 0.0.0.0, every "
          + "interface, only in a container.")
  private String host;

  @Option(names = "--data", paramLabel = "FILE", defaultValue = "${env:ITWIN_SANDBOX_DATA}",
      description = "Seed data (JSON) instead of the bundled default-data.json: iTwins, roles, repositories, packages, connections, users ($ITWIN_SANDBOX_DATA).")
  private Path data;

  @Option(names = "--rate-limit", paramLabel = "LIMIT", converter = RateConverter.class,
      defaultValue = "${env:ITWIN_SANDBOX_RATE_LIMIT}",
      description = "Requests per token before 429 with retry-after, in a sliding window: 10/s, 500/min, 5000/h, "
          + "or a subscription tier: trial (500/min and 5000/h), basic (5000/min). Default: no limit ($ITWIN_SANDBOX_RATE_LIMIT).")
  private RateLimit rateLimit;

  @Option(names = "--admin", defaultValue = "${env:ITWIN_SANDBOX_ADMIN:-false}",
      description = "Serve the admin endpoints under /__sandbox (reset, seed, inject faults) ($ITWIN_SANDBOX_ADMIN=true).")
  private boolean admin;

  private SandboxMain() {}

  /** Starts the sandbox from the command line; exit code 2 for bad options, a bad data file or a busy port. */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SandboxMain())
        .setExecutionExceptionHandler((e, commandLine, parsed) -> {
          commandLine.getErr().println("itwin-sandbox: " + e.getMessage());
          return 2;
        });
    int exitCode = cli.execute(args);
    if (exitCode != 0 || cli.isUsageHelpRequested() || cli.isVersionHelpRequested()) {
      System.exit(exitCode);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    Sandbox sandbox = Sandbox.builder().host(host).port(port).data(data).rateLimit(rateLimit).adminEndpoints(admin)
        .start();
    PrintWriter out = new PrintWriter(System.out, true);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      out.println("itwin-sandbox stopped");
      stopped.countDown();
    }, "itwin-sandbox-shutdown"));
    out.println("itwin-sandbox listening on " + (Sandbox.LOOPBACK.equals(host) ? "" : host + ":" + sandbox.port() + ", ")
        + sandbox.baseUrl()
        + " (EDFS " + sandbox.baseUrl() + "/edfs, Synchronization " + sandbox.baseUrl() + "/synchronization, iTwins "
        + sandbox.baseUrl() + "/itwins)");
    stopped.await();
    return 0;
  }

  /** Reads {@code 10/s}, {@code 500/min}, {@code 5000/h}, {@code 10} (per second), {@code trial} or {@code basic}. */
  static final class RateConverter implements CommandLine.ITypeConverter<RateLimit> {
    private static final Map<String, Duration> PERIODS =
        Map.of("s", Duration.ofSeconds(1), "min", Duration.ofMinutes(1), "h", Duration.ofHours(1));

    @Override
    public RateLimit convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "trial":
          return RateLimit.trial();
        case "basic":
          return RateLimit.basic();
        default:
          break;
      }
      String[] parts = value.trim().split("/", 2);
      Duration period = parts.length == 1 ? Duration.ofSeconds(1) : PERIODS.get(parts[1]);
      try {
        int requests = Integer.parseInt(parts[0]);
        if (period == null || requests < 1) {
          throw new NumberFormatException();
        }
        return RateLimit.of(requests, period);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a rate such as 10/s, 500/min, 5000/h, trial or basic");
      }
    }
  }
}
