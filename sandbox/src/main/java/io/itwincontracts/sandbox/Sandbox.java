package io.itwincontracts.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.itwincontracts.sandbox.SandboxOperation.Api;
import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

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
  static {
    // The JDK server leaves Nagle's algorithm on: each keep-alive response would wait ~40 ms for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final ResponseLedger ledger;

  private Sandbox(Builder builder) {
    SandboxData data = builder.dataFile == null ? SandboxData.defaults() : SandboxData.load(builder.dataFile);
    SandboxState state = SandboxState.of(data, Clock.systemUTC());
    RateLimiter limiter = builder.rateLimitPerSecond > 0
        ? new RateLimiter(builder.rateLimitPerSecond, System::currentTimeMillis) : null;
    ledger = builder.checkResponses ? new ResponseLedger() : null;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + builder.port + ": " + e.getMessage(), e);
    }
    executor = Executors.newFixedThreadPool(builder.threads);
    server.setExecutor(executor);
    server.createContext("/edfs", container(EdfsResource.class, Api.EDFS, state, limiter));
    server.createContext("/synchronization", container(SynchronizationResource.class, Api.SYNCHRONIZATION, state, limiter));
    server.createContext("/itwins", container(ITwinsResource.class, Api.ITWINS, state, limiter));
    server.createContext("/", new FallbackHandler());
    server.start();
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
    return server.getAddress().getPort();
  }

  /** In check mode: how many responses were checked against the spec. */
  public int checkedResponses() {
    return requireCheckMode().checked();
  }

  /** In check mode: every response that broke the spec, as {@code METHOD path -> status: violations}. */
  public List<String> responseProblems() {
    return requireCheckMode().problems();
  }

  /** Stops listening and ends its threads; requests under way get a second to finish. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }

  private ResponseLedger requireCheckMode() {
    if (ledger == null) {
      throw new IllegalStateException("start the sandbox with checkResponses(true) to check its responses");
    }
    return ledger;
  }

  private HttpHandler container(Class<?> resource, Api api, SandboxState state, RateLimiter limiter) {
    ContractValidator validator = ContractValidator.bundled();
    ResourceConfig config = new ResourceConfig()
        .register(resource)
        .register(new AbstractBinder() {
          @Override
          protected void configure() {
            bind(state).to(SandboxState.class);
          }
        })
        .register(JacksonFeature.withoutExceptionMappers())
        .register(new JsonMapperProvider())
        .register(new HeaderSyntaxFilter())
        .register(new AcceptHeaderFilter())
        .register(new AuthenticationFilter(state.directory()))
        .register(new PermissionFilter())
        .register(new RequestBodyFilter(validator, JsonMapperProvider.MAPPER))
        .register(new ErrorStatusMapper())
        .register(new UnexpectedErrorMapper())
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    if (limiter != null) {
      config.register(new RateLimitFilter(limiter, api));
    }
    if (ledger != null) {
      config.register(new ResponseCheck(validator, ledger));
    }
    return ContainerFactory.createContainer(HttpHandler.class, config);
  }

  /** Port, seed data, rate limit and check mode of a {@link Sandbox}. */
  public static final class Builder {
    private int port;
    private Path dataFile;
    private int rateLimitPerSecond;
    private boolean checkResponses;
    private int threads = 32;

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

    /** Worker threads (default 32). */
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
