package io.itwincontracts.sandbox;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code java -jar itwin-sandbox.jar}: runs a {@link Sandbox} until SIGTERM or Ctrl-C. */
@Command(name = "itwin-sandbox", mixinStandardHelpOptions = true, version = "itwin-sandbox 0.1.0",
    description = {"An in-memory iTwin Platform server (EDFS, Synchronization, iTwins) on 127.0.0.1,",
        "with the documented behaviour of the five contract operations. Stops on SIGTERM or Ctrl-C."})
public final class SandboxMain implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", defaultValue = "4010",
      description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}); 0 picks a free one.")
  private int port;

  @Option(names = "--data", paramLabel = "FILE",
      description = "Seed data (JSON) instead of the bundled default-data.json: iTwins, roles, repositories, packages, connections, users.")
  private Path data;

  @Option(names = "--rate-limit", paramLabel = "N/s", defaultValue = "0", converter = RateConverter.class,
      description = "Requests per second per token before 429 with retry-after, e.g. 10/s (default: no limit).")
  private int rateLimit;

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
    Sandbox sandbox = Sandbox.builder().port(port).data(data).rateLimitPerSecond(rateLimit).start();
    PrintWriter out = new PrintWriter(System.out, true);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      out.println("itwin-sandbox stopped");
      stopped.countDown();
    }, "itwin-sandbox-shutdown"));
    out.println("itwin-sandbox listening on " + sandbox.baseUrl()
        + " (EDFS " + sandbox.baseUrl() + "/edfs, Synchronization " + sandbox.baseUrl() + "/synchronization, iTwins "
        + sandbox.baseUrl() + "/itwins)");
    stopped.await();
    return 0;
  }

  /** Reads {@code 10/s} or {@code 10}. */
  static final class RateConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String number = value.endsWith("/s") ? value.substring(0, value.length() - 2) : value;
      try {
        int perSecond = Integer.parseInt(number.trim());
        if (perSecond < 0) {
          throw new TypeConversionException("'" + value + "' is negative");
        }
        return perSecond;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a rate such as 10/s");
      }
    }
  }
}
