package io.itwincontracts.sandbox;

import io.itwincontracts.sandbox.api.Api;
import io.itwincontracts.sandbox.http.LoopbackJetty;
import io.itwincontracts.sandbox.pipeline.RequestPipeline;
import io.itwincontracts.sandbox.pipeline.ResponseLedger;
import io.itwincontracts.sandbox.state.SandboxData;
import io.itwincontracts.sandbox.state.SandboxState;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * An in-memory iTwin Platform server with the documented behaviour of the five operations, on 127.0.0.1: run it
 * from the command line ({@code java -jar itwin-sandbox.jar}) or embed it in a test.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
 *   ITwinPlatform platform = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> "any").build();
 *   ...
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
  /** Threads that serve requests unless {@link Builder#threads} says otherwise. */
  public static final int DEFAULT_THREADS = 32;

  private final LoopbackJetty server;
  private final int port;
  private final ResponseLedger ledger;

  private Sandbox(Builder builder) {
    SandboxData data = builder.dataFile == null ? SandboxData.defaults() : SandboxData.load(builder.dataFile);
    SandboxState state = SandboxState.of(data, Clock.systemUTC());
    ledger = builder.checkResponses ? new ResponseLedger() : null;
    // one pipeline for the three APIs, so that a token's rate limit counts its requests to all of them
    RequestPipeline pipeline = new RequestPipeline(state, builder.rateLimitPerSecond, ledger);
    Map<String, ResourceConfig> apis = new LinkedHashMap<>();
    for (Api api : Api.values()) {
      apis.put(api.basePath(), pipeline.application(api));
    }
    server = new LoopbackJetty(builder.port, builder.threads, apis);
    port = server.start();
  }

  /** Settings of a sandbox; {@link Builder#start()} starts it. */
  public static Builder builder() {
    return new Builder();
  }

  /** The root URL, e.g. {@code http://127.0.0.1:4010}; the APIs are under {@code /edfs}, {@code /synchronization}, {@code /itwins}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return port;
  }

  /** In check mode: how many responses were checked against the spec. */
  public int checkedResponses() {
    return requireCheckMode().checked();
  }

  /** In check mode: every response that broke the spec, as {@code METHOD path -> status: violations}. */
  public List<String> responseProblems() {
    return requireCheckMode().problems();
  }

  /** Stops listening, closes its connections and ends its threads (a request still under way is cut off). */
  @Override
  public void close() {
    server.stop();
  }

  private ResponseLedger requireCheckMode() {
    if (ledger == null) {
      throw new IllegalStateException("start the sandbox with checkResponses(true) to check its responses");
    }
    return ledger;
  }

  /** Port, seed data, rate limit and check mode of a {@link Sandbox}. */
  public static final class Builder {
    private int port;
    private Path dataFile;
    private int rateLimitPerSecond;
    private boolean checkResponses;
    private int threads = DEFAULT_THREADS;

    private Builder() {}

    /** The port on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** A data file to seed from instead of the bundled {@code default-data.json}. */
    public Builder data(Path dataFile) {
      this.dataFile = dataFile;
      return this;
    }

    /** Requests per second allowed to each token before 429; 0 (the default) is no limit. */
    public Builder rateLimitPerSecond(int perSecond) {
      if (perSecond < 0) {
        throw new IllegalArgumentException("the rate limit must be 0 (off) or more, not " + perSecond);
      }
      this.rateLimitPerSecond = perSecond;
      return this;
    }

    /** Check every response against the spec and keep the problems (for test suites); off by default. */
    public Builder checkResponses(boolean checkResponses) {
      this.checkResponses = checkResponses;
      return this;
    }

    /** Threads that serve requests (default {@value Sandbox#DEFAULT_THREADS}); Jetty adds a few of its own. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @throws IllegalArgumentException if the data file is missing or invalid (the message names file and place)
     * @throws UncheckedIOException if the port cannot be bound
     */
    public Sandbox start() {
      return new Sandbox(this);
    }
  }
}
