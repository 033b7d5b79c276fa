package io.itwincontracts.sandbox;

import io.itwincontracts.runtime.internal.SettingProblems;
import io.itwincontracts.sandbox.internal.core.SandboxCore;
import io.itwincontracts.sandbox.internal.pipeline.ResponseLedger;
import io.itwincontracts.sandbox.internal.state.SandboxData;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

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
  /** The address a sandbox listens on unless {@link Builder#host} says otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  /** Threads that serve requests unless {@link Builder#threads} says otherwise. */
  public static final int DEFAULT_THREADS = 32;

  private final SandboxCore core;
  // its own, not the core's: once closed, the core may listen for another sandbox on another port
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** The check mode's figures when it closed: the core's ledger is then another sandbox's to fill. */
  private volatile Snapshot afterClose;

  private record Snapshot(int checked, List<String> problems) {}

  private Sandbox(Builder builder) {
    SandboxCore.Shape shape = new SandboxCore.Shape(builder.threads, builder.rateLimit, builder.checkResponses,
        builder.responseSpec, builder.adminEndpoints);
    SandboxCore.prepare(shape);
    SandboxSeed seed = builder.startData != null ? new SandboxSeed(builder.startData.toData())
        : new SandboxSeed(builder.dataFile == null ? SandboxData.defaults() : SandboxData.load(builder.dataFile));
    builder.seeds.forEach(adding -> adding.accept(seed));
    core = SandboxCore.start(shape, seed.toData(), SandboxSeed::merged, builder.coverage, builder.host, builder.port);
    port = core.port();
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
    requireCheckMode();
    Snapshot last = afterClose;
    return last != null ? last.checked() : core.ledger().checked();
  }

  /** In check mode: every response that broke the spec, as {@code METHOD path -> status: violations}. */
  public List<String> responseProblems() {
    requireCheckMode();
    Snapshot last = afterClose;
    return last != null ? last.problems() : core.ledger().problems();
  }

  /**
   * Back to the data it started with (the data file and the builder's seeds): drops what the APIs created since,
   * what {@link #seed} added, every injected fault, the rate limit's counts and the response problems recorded.
   */
  public void reset() {
    open().reset();
  }

  /**
   * Adds data, in Java: iTwins, roles, repositories, packages, connections, systems, users. The state is seeded
   * afresh from what it held plus the additions, so seed before the test calls the APIs; {@link #reset} undoes it.
   */
  public Sandbox seed(Consumer<SandboxSeed> additions) {
    SandboxState state = open().state();
    SandboxSeed seed = new SandboxSeed(state.data());
    additions.accept(seed);
    state.load(seed.toData());
    return this;
  }

  /** Adds the data of a data file (the format of {@code --data}) to what the sandbox holds, as {@link #seed} does. */
  public Sandbox seed(Path dataFile) {
    SandboxData more = SandboxData.load(dataFile);
    return seed(seed -> seed.add(more));
  }

  /** Answers matching requests with {@code fault} until it is used up, {@link #clearFaults} or {@link #reset}. */
  public Sandbox inject(Fault fault) {
    open().faults().inject(fault);
    return this;
  }

  /** Removes every injected fault. */
  public void clearFaults() {
    open().faults().clear();
  }

  /**
   * Stops listening and closes its connections (a request still under way is cut off). Its server is kept, not
   * listening, for the next sandbox started in this JVM with the same settings (the next test class starts in
   * milliseconds); a closed sandbox can no longer be reset, seeded or given faults. Closing twice does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      ResponseLedger ledger = core.ledger();
      if (ledger != null) {
        afterClose = new Snapshot(ledger.checked(), List.copyOf(ledger.problems()));
      }
      core.close();
    }
  }

  /** The core, while this sandbox has it: once closed, the core may serve another sandbox. */
  private SandboxCore open() {
    if (closed.get()) {
      throw new IllegalStateException("the sandbox is closed");
    }
    return core;
  }

  private void requireCheckMode() {
    if (core.ledger() == null) {
      throw new IllegalStateException("start the sandbox with checkResponses(true) to check its responses");
    }
  }

  /** Port, seed data, rate limit, check mode, admin endpoints and coverage recording of a {@link Sandbox}. */
  public static final class Builder {
    private int port;
    private String host = LOOPBACK;
    private Path dataFile;
    private SandboxSeed startData;
    private final List<Consumer<SandboxSeed>> seeds = new ArrayList<>();
    private RateLimit rateLimit;
    private boolean checkResponses;
    private Path responseSpec;
    private boolean adminEndpoints;
    private int threads = DEFAULT_THREADS;
    private int perSecond;
    private CoverageRecorder coverage;

    private Builder() {}

    /** The port on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * The address to listen on: {@value Sandbox#LOOPBACK} (the default), so no other machine reaches it, or
     * {@code 0.0.0.0} for every interface, which only a container should use: its network is its own, and the
     * port it publishes is the way in.
     */
    public Builder host(String address) {
      this.host = address;
      return this;
    }

    /** A data file to seed from instead of the bundled {@code default-data.json}. */
    public Builder data(Path dataFile) {
      this.dataFile = dataFile;
      this.startData = null;
      return this;
    }

    /**
     * Data to start from instead of the bundled {@code default-data.json}, e.g.
     * {@code SandboxSeed.fromRecordings(recording)}: a sandbox that holds what a recorded tenant showed.
     */
    public Builder data(SandboxSeed start) {
      this.startData = start;
      this.dataFile = null;
      return this;
    }

    /** Data added to the data file's (or the bundled data), and kept by {@link Sandbox#reset}. */
    public Builder seed(Consumer<SandboxSeed> additions) {
      seeds.add(additions);
      return this;
    }

    /** Requests per second allowed to each token before 429; 0 (the default) is no limit. */
    public Builder rateLimitPerSecond(int perSecond) {
      this.perSecond = perSecond;
      this.rateLimit = perSecond <= 0 ? null : RateLimit.perSecond(perSecond);
      return this;
    }

    /** What each token may send before 429, e.g. {@link RateLimit#trial()}; null (the default) is no limit. */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /** Serve the admin endpoints under {@code /__sandbox} (reset, faults); off by default. */
    public Builder adminEndpoints(boolean enabled) {
      this.adminEndpoints = enabled;
      return this;
    }

    /** Check every response against the spec and keep the problems (for test suites); off by default. */
    public Builder checkResponses(boolean checkResponses) {
      this.checkResponses = checkResponses;
      return this;
    }

    /**
     * Check every response against a spec file of your own instead of the bundled one (its relative {@code $ref}s
     * are followed): does the sandbox, an implementation of the released contract, still keep the spec you are
     * editing? Turns {@link #checkResponses} on; operations the file does not have are checked as errors only.
     */
    public Builder checkResponsesAgainst(Path specFile) {
      this.responseSpec = specFile;
      this.checkResponses = true;
      return this;
    }

    /**
     * Records every answer to an operation's request into {@code recorder}, for API coverage: operation, status,
     * error code, and whether an injected fault gave it (off by default; {@code @SandboxTest} turns it on).
     */
    public Builder recordCoverage(CoverageRecorder recorder) {
      this.coverage = recorder;
      return this;
    }

    /** Threads that serve requests (default {@value Sandbox#DEFAULT_THREADS}); Jetty adds a few of its own. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @throws IllegalStateException naming every setting out of range (port, rate limit, threads)
     * @throws IllegalArgumentException if the data file is missing or invalid (the message names file and place)
     * @throws UncheckedIOException if the port cannot be bound
     */
    public Sandbox start() {
      new SettingProblems("Sandbox")
          .require(port >= 0 && port <= 65535, "port must be 0 to 65535, not " + port)
          .require(perSecond >= 0, "the rate limit must be 0 (off) or more, not " + perSecond)
          .require(threads >= 1, "threads must be at least 1, not " + threads)
          .require(host != null && host.matches("[0-9.]+|[0-9a-fA-F:]+"), "host must be an IP address (127.0.0.1, "
              + "0.0.0.0), not " + host)
          .throwIfAny();
      return new Sandbox(this);
    }
  }
}
