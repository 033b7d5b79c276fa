package io.itwincontracts.contracttests.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism 5.16.0 mocking one spec of the contract, on 127.0.0.1 and a free port: an implementation of
 * the specs that this project did not write. The build installs it under {@code target/prism} (see the module's
 * pom); its log goes to {@code target/prism-logs}. Closing it destroys the process.
 */
final class PrismMock implements AutoCloseable {
  static final Path PRISM = Path.of("target", "prism", "node_modules", ".bin", "prism");
  private static final Path LOGS = Path.of("target", "prism-logs");
  private static final List<String> SPECS = List.of("common.yaml", "edfs.yaml", "synchronization.yaml", "itwins.yaml");

  private final Process process;
  private final int port;

  private PrismMock(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts Prism on {@code spec} (from the contract on the classpath); each call gets its own process. */
  static PrismMock start(String spec) throws IOException {
    if (!Files.isExecutable(PRISM)) {
      throw new IllegalStateException(PRISM.toAbsolutePath() + " is missing: the contract-tests build installs it"
          + " with npm before the tests (mvn verify, not -Dmaven.test.skip or an offline npm)");
    }
    Path specs = copyContract();
    int port = freePort();
    Files.createDirectories(LOGS);
    Path log = LOGS.resolve(spec.replace(".yaml", ".log"));
    Process process = new ProcessBuilder(PRISM.toAbsolutePath().toString(), "mock", "-h", "127.0.0.1",
        "-p", String.valueOf(port), specs.resolve(spec).toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new PrismMock(process, port);
  }

  /** Waits until the port accepts connections; fails with the log's path when it does not within {@code limit}. */
  PrismMock awaitReady(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Prism exited with " + process.exitValue() + ", see " + LOGS.toAbsolutePath());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return this;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    close();
    throw new IllegalStateException("Prism did not listen on port " + port + " within " + limit + ", see "
        + LOGS.toAbsolutePath());
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

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
