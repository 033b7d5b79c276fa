package io.itwincontracts.conformance;

import com.sun.net.httpserver.HttpServer;
import io.itwincontracts.conformance.internal.proxy.ExchangeRecording;
import io.itwincontracts.conformance.internal.proxy.ForwardingHandler;
import io.itwincontracts.conformance.internal.proxy.ProxySummary;
import io.itwincontracts.validator.coverage.ApiCoverage;
import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A validating reverse proxy on 127.0.0.1: forwards every request unchanged to the target, passes the answer back
 * unchanged, and holds both to the specs with the one engine, printing each violation as it happens and a table
 * per operation when closed. Optionally records the exchanges as NDJSON, tokens and credential values redacted.
 * The entry point of {@code itwin-contracts proxy}:
 *
 * <pre>{@code
 * try (ContractProxy proxy = ContractProxy.to(URI.create("https://api.example.com")).port(8081).start()) {
 *   // point a client or a test suite at proxy.baseUrl()
 * }
 * }</pre>
 */
public final class ContractProxy implements AutoCloseable {
  static {
    // The JDK server leaves Nagle on: every kept-alive answer would wait ~40 ms for a delayed ACK.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final URI target;
  private int port;
  private Path recordFile;
  private Path coverageFile;
  private PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
  private ContractValidator validator = ContractValidator.bundled();
  private HttpServer server;
  private ExecutorService threads;
  private ExchangeRecording recording;
  private final ProxySummary summary = new ProxySummary();
  private final List<String> violations = new CopyOnWriteArrayList<>();

  private ContractProxy(URI target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  /** A proxy in front of the server at {@code target}, under which {@code /edfs}, {@code /synchronization} and {@code /itwins} are. */
  public static ContractProxy to(URI target) {
    return new ContractProxy(target);
  }

  /** The loopback port to listen on (default 0: a free one, see {@link #port()}). */
  public ContractProxy port(int port) {
    this.port = port;
    return this;
  }

  /** Records every exchange, redacted, as one JSON line of this file. */
  public ContractProxy record(Path file) {
    this.recordFile = file;
    return this;
  }

  /** Writes the API coverage of the session to {@code file} when closed (a coverage file, as a test class's). */
  public ContractProxy coverage(Path file) {
    this.coverageFile = file;
    return this;
  }

  /** Where violations and the summary are printed (default standard output). */
  public ContractProxy output(PrintWriter out) {
    this.out = out;
    return this;
  }

  /** The specs to hold the exchanges to (default: the bundled ones). */
  public ContractProxy validator(ContractValidator validator) {
    this.validator = validator;
    return this;
  }

  /**
   * Starts listening.
   *
   * @throws UncheckedIOException when the port is taken or the recording cannot be written
   */
  public ContractProxy start() {
    try {
      recording = recordFile == null ? null : new ExchangeRecording(recordFile);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " or write " + recordFile + ": " + e, e);
    }
    threads = Executors.newFixedThreadPool(8);
    server.setExecutor(threads);
    server.createContext("/", new ForwardingHandler(target, validator, summary, recording, out, violations));
    server.start();
    return this;
  }

  /** The port it listens on: the one given, or the free one taken for 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Where to point a client: {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Every violation printed so far, redacted, in order. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** How many exchanges have passed through so far. */
  public int exchanges() {
    return summary.exchanges();
  }

  /** The table per operation: exchanges, and those whose request or response broke the contract. */
  public String summary() {
    return summary.table();
  }

  /** The API coverage of the exchanges so far: operations, statuses and error codes the live traffic reached. */
  public ApiCoverage coverage() {
    return summary.coverage();
  }

  /** Stops listening, closes the recording, prints the summary and the coverage, and writes the coverage file. */
  @Override
  public void close() {
    if (server == null) {
      return;
    }
    server.stop(0);
    // an exchange already answered may still be being checked and recorded: let it finish first
    threads.shutdown();
    try {
      if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
    server = null;
    try {
      if (recording != null) {
        recording.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print(summary.table());
    ApiCoverage coverage = summary.coverage();
    out.print(coverage.matrix(validator).summary());
    out.flush();
    if (coverageFile != null) {
      try {
        coverage.write(coverageFile);
      } catch (IOException e) {
        throw new UncheckedIOException("the proxy's coverage could not be written to " + coverageFile, e);
      }
    }
  }
}
