package io.itwincontracts.sandbox.internal.core;

import io.itwincontracts.sandbox.Fault;
import io.itwincontracts.sandbox.RateLimit;
import io.itwincontracts.sandbox.internal.http.AdminEndpoints;
import io.itwincontracts.sandbox.internal.http.FaultInjector;
import io.itwincontracts.sandbox.internal.http.LoopbackJetty;
import io.itwincontracts.sandbox.internal.pipeline.RequestPipeline;
import io.itwincontracts.sandbox.internal.pipeline.ResponseLedger;
import io.itwincontracts.sandbox.internal.state.SandboxData;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * A sandbox's server, state and pipeline, which outlive the {@code Sandbox} that started them: building its server is
 * most of a later start, so a closed sandbox's core stops listening and waits in
 * {@link ParkedCores} for the next start of the same {@link Shape}, which loads its own data into it and listens
 * again ({@link #start}).
 */
public final class SandboxCore {
  /**
   * The settings a core is built with: a start with the same ones may take a parked core. Data, seeds and the port
   * are not part of it; a core checking responses against a file of the caller's is never parked (the file may
   * change between starts).
   */
  public record Shape(int threads, RateLimit rateLimit, boolean checkResponses, Path responseSpec,
      boolean adminEndpoints) {
    boolean parkable() {
      return responseSpec == null;
    }

    // Written out: a record's generated equals and hashCode bootstrap through method handles on first use, 5 to
    // 50 ms of a fresh JVM's first start (the shape is the parked cores' key; docs/lab-notes.md).
    @Override
    public boolean equals(Object other) {
      return other instanceof Shape that && threads == that.threads && checkResponses == that.checkResponses
          && adminEndpoints == that.adminEndpoints && Objects.equals(rateLimit, that.rateLimit)
          && Objects.equals(responseSpec, that.responseSpec);
    }

    @Override
    public int hashCode() {
      return Objects.hash(threads, rateLimit, checkResponses, responseSpec, adminEndpoints);
    }
  }

  private final Shape shape;
  private final SandboxState state;
  private final ResponseLedger ledger;
  private final RequestPipeline pipeline;
  private final LoopbackJetty server;
  private volatile SandboxData startData;
  private int port;

  private SandboxCore(Shape shape, SandboxData data, BinaryOperator<SandboxData> merge) {
    this.shape = shape;
    startData = data;
    state = SandboxState.of(data, Clock.systemUTC());
    ledger = !shape.checkResponses() ? null : shape.responseSpec() == null ? new ResponseLedger()
        : new ResponseLedger(ContractValidator.forSpec(shape.responseSpec()));
    // one pipeline for the three APIs, so that a token's rate limit counts its requests to all of them
    pipeline = new RequestPipeline(state, shape.rateLimit(), ledger);
    AdminEndpoints admin = !shape.adminEndpoints() ? null : new AdminEndpoints(this::reset,
        more -> state.load(merge.apply(state.data(), more)), this::inject, this::clearFaults);
    server = new LoopbackJetty(shape.threads(), pipeline, admin);
  }

  /**
   * Called before the data is read: when no core of {@code shape} is parked, this start will build a server, and
   * Jetty's classes are loaded meanwhile on a thread of their own ({@link LoopbackJetty#loadAhead}).
   */
  public static void prepare(Shape shape) {
    if (!ParkedCores.has(shape)) {
      LoopbackJetty.loadAhead();
    }
  }

  /**
   * A core of {@code shape} holding {@code data}, listening on {@code host}:{@code port} (0 for a free one): a parked one if
   * there is one, else a new one. Its answers are recorded into {@code coverage} (null: not recorded); the admin
   * endpoint that adds data merges it with {@code merge}.
   */
  public static SandboxCore start(Shape shape, SandboxData data, BinaryOperator<SandboxData> merge,
      CoverageRecorder coverage, String host, int port) {
    SandboxCore core = ParkedCores.take(shape);
    if (core == null) {
      core = new SandboxCore(shape, data, merge);
    } else {
      core.startData = data;
      core.reset();
    }
    core.server.coverage().recordInto(coverage);
    core.port = core.server.listen(host, port);
    return core;
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** What the APIs read and write. */
  public SandboxState state() {
    return state;
  }

  /** Where the response checks record, or null when responses are not checked. */
  public ResponseLedger ledger() {
    return ledger;
  }

  /** The faults injected into its answers. */
  public FaultInjector faults() {
    return server.faults();
  }

  /** Back to the data it started with, no faults, no counted requests, no recorded response problems. */
  public void reset() {
    state.load(startData);
    server.faults().clear();
    pipeline.clearRateLimits();
    if (ledger != null) {
      ledger.clear();
    }
  }

  private void inject(Fault fault) {
    server.faults().inject(fault);
  }

  private void clearFaults() {
    server.faults().clear();
  }

  /**
   * Stops listening and closes its connections; the core is parked for the next start of its shape, or, if one
   * is parked already (or it cannot be), stopped.
   */
  public void close() {
    server.stopListening();
    server.coverage().recordInto(null);
    if (!shape.parkable() || !ParkedCores.park(shape, this)) {
      server.stop();
    }
  }
}
