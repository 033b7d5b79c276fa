package io.itwincontracts.cli;

import io.itwincontracts.cli.CliStreams;
import io.itwincontracts.conformance.ContractProxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the validating reverse proxy: {@link ContractProxy} on the command line. */
@Command(name = "proxy", mixinStandardHelpOptions = true,
    description = {"A validating reverse proxy on 127.0.0.1: forwards every request unchanged to the target and",
        "prints each contract violation of a request or an answer as it happens; on exit (Ctrl-C, SIGTERM,",
        "--duration or --exchanges) a table per operation and the API coverage of the session. Exit code: 0 no violation, 1 some, 2 usage or I/O error."})
final class ProxyCommand implements Callable<Integer> {
  private final CliStreams streams;

  @Spec
  private CommandSpec spec;

  @Option(names = "--target", required = true, paramLabel = "URL",
      description = "The server to forward to, under which /edfs, /synchronization and /itwins are.")
  private URI target;

  @Option(names = "--port", defaultValue = "0", description = "The loopback port to listen on (default: a free one, printed).")
  private int port;

  @Option(names = "--record", paramLabel = "FILE.ndjson", description = "Record every exchange, tokens and credentials redacted.")
  private Path record;

  @Option(names = "--coverage", paramLabel = "FILE.json",
      description = "On exit, write the API coverage of the session (a coverage file for `coverage --merge`).")
  private Path coverage;

  @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this long (default: run until stopped).")
  private Long duration;

  @Option(names = "--exchanges", paramLabel = "N", description = "Stop after N exchanges (default: run until stopped).")
  private Integer exchanges;

  ProxyCommand(CliStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
      throw new ParameterException(spec.commandLine(), "--target must be an http or https URL: " + target);
    }
    ContractProxy proxy = ContractProxy.to(target).port(port).record(record).coverage(coverage)
        .output(streams.out()).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      proxy.close();
      stopped.countDown();
    }, "itwin-contracts-proxy-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    streams.out().println("proxy: http://127.0.0.1:" + proxy.port() + " -> " + target
        + (record == null ? "" : ", recording to " + record));
    streams.out().flush();
    if (duration == null && exchanges == null) {
      stopped.await();
      return ExitCode.VALID;
    }
    long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(duration);
    while (System.nanoTime() < deadline && (exchanges == null || proxy.exchanges() < exchanges)
        && !stopped.await(50, TimeUnit.MILLISECONDS)) {
      // the bound is checked every 50 ms
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    int found = proxy.violations().size();
    proxy.close();
    return found == 0 ? ExitCode.VALID : ExitCode.INVALID;
  }
}
