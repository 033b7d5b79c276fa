package io.itwincontracts.contracttests.interop;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stoplight Prism 5.16.0 mocking one spec of the contract, on 127.0.0.1: an implementation of the specs that this
 * project did not write. The build installs it under {@code target/prism} (see the module's pom); its log goes to
 * {@code target/prism-logs}. Prism binds a port of the system's choosing ({@code -p 0}) and the port is read from
 * its log: a port picked here and handed over would stay free for the second Node takes to start, and another
 * server could take it (Prism then exits with EADDRINUSE). Closing it destroys the process.
 */
final class PrismMock implements AutoCloseable {
  static final Path PRISM = Path.of("target", "prism", "node_modules", ".bin", "prism");
  /** Where the build's npm install runs beside the tests; renamed to {@code target/prism} when complete. */
  private static final Path DOWNLOAD = Path.of("target", "prism-download");
  private static final Path DOWNLOAD_LOG = Path.of("target", "prism-download.log");
  private static final Duration INSTALL_LIMIT = Duration.ofMinutes(3);
  private static final Path LOGS = Path.of("target", "prism-logs");
  private static final List<String> SPECS = List.of("common.yaml", "edfs.yaml", "synchronization.yaml", "itwins.yaml");

  private static final Pattern LISTENING = Pattern.compile("Prism is listening on http://127\\.0\\.0\\.1:(\\d+)");
  private static final int LOG_TAIL_LINES = 12;

  private final Process process;
  private final Path log;
  private int port;

  private PrismMock(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts Prism on {@code spec} (from the contract on the classpath); each call gets its own process. */
  static PrismMock start(String spec) throws IOException, InterruptedException {
    awaitInstall();
    Path specs = copyContract();
    Files.createDirectories(LOGS);
    Path log = LOGS.resolve(spec.replace(".yaml", ".log"));
    Process process = new ProcessBuilder(PRISM.toAbsolutePath().toString(), "mock", "-h", "127.0.0.1",
        "-p", "0", specs.resolve(spec).toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new PrismMock(process, log);
  }

  /**
   * Waits until Prism's log names its port and that port accepts connections; fails with the log's last lines when
   * Prism exits first or does not listen within {@code limit}.
   */
  PrismMock awaitReady(Duration limit) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Prism exited with " + process.exitValue() + " before it listened; the end of "
            + log.toAbsolutePath() + ":\n" + logTail());
      }
      if (port == 0) {
        Matcher listening = LISTENING.matcher(Files.readString(log));
        port = listening.find() ? Integer.parseInt(listening.group(1)) : 0;
      }
      if (port != 0 && accepts(port)) {
        return this;
      }
      Thread.sleep(100);
    }
    close();
    throw new IllegalStateException("Prism did not listen within " + limit + "; the end of " + log.toAbsolutePath()
        + ":\n" + logTail());
  }

  /**
   * Returns once Prism is installed; waits while the build's npm install runs (its directory is there), and fails
   * with the end of npm's log when it ends without Prism or outlasts {@link #INSTALL_LIMIT}.
   */
  private static void awaitInstall() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + INSTALL_LIMIT.toNanos();
    while (!Files.isExecutable(PRISM) && Files.isDirectory(DOWNLOAD) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    if (!Files.isExecutable(PRISM)) {
      String npm = Files.exists(DOWNLOAD_LOG) ? "; the end of " + DOWNLOAD_LOG.toAbsolutePath() + ":\n"
          + tail(DOWNLOAD_LOG) : "";
      throw new IllegalStateException(PRISM.toAbsolutePath() + " is missing: the contract-tests build installs it"
          + " with npm beside the tests (mvn verify, not -Dmaven.test.skip or an offline npm)" + npm);
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private String logTail() throws IOException {
    return tail(log);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
  }

  /** Where the spec's paths are served: Prism serves them at its root, whatever the spec's server URL says. */
  String root() {
    return "http://127.0.0.1:" + port;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The four files of the contract, side by side so that the relative $refs resolve. */
  private static Path copyContract() throws IOException {
    Path directory = Files.createDirectories(Path.of("target", "prism-specs"));
    for (String file : SPECS) {
      try (InputStream in = PrismMock.class.getClassLoader().getResourceAsStream("openapi/" + file)) {
        if (in == null) {
          throw new IllegalStateException("openapi/" + file + " is not on the test classpath");
        }
        Files.copy(in, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return directory;
  }
}
