package io.itwincontracts.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server run as a process of its own, as a user starts it: launched, then asked one request every 10 ms until
 * it answers with the expected status. The time from launch to that answer is its cold start. Its output goes to a
 * log file (a full pipe would stall it).
 */
final class ServerProcess implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final Process process;
  private final long launched;

  private ServerProcess(Process process, long launched) {
    this.process = process;
    this.launched = launched;
  }

  static ServerProcess launch(List<String> command, Path directory, Path log) throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    return new ServerProcess(process, launched);
  }

  /** A port nobody listens on now, for a process to bind. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code request} until the answer is {@code status}; returns the milliseconds since launch. */
  double awaitAnswer(int port, byte[] request, int status) throws InterruptedException {
    poll(port, request, status, process);
    return (System.nanoTime() - launched) / 1e6;
  }

  /**
   * Sends {@code request} every 10 ms until the answer is {@code status} (at most a minute), while the process, if
   * given, is alive: the wait for a server that is starting.
   */
  static void poll(int port, byte[] request, int status, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("the server process ended (exit " + process.exitValue() + ") before answering");
      }
      try (KeepAliveConnection http = new KeepAliveConnection(port)) {
        last = http.exchange(request);
        if (last == status) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet, or closed the connection while starting
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("no " + status + " within " + START_LIMIT.toSeconds() + " s (last status " + last + ")");
  }

  /** Resident memory of the process now, in bytes (Linux); NaN elsewhere. */
  double residentBytes() throws IOException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    if (!Files.isReadable(status)) {
      return Double.NaN;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024.0;
      }
    }
    return Double.NaN;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(15, TimeUnit.SECONDS);
    }
  }
}
