package io.itwincontracts.sandbox.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.pipeline.RequestPipeline;
import io.itwincontracts.sandbox.internal.route.RouteTable;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The sandbox's HTTP server: Jetty on 127.0.0.1 (on every interface only when told, in a container), and the part of
 * a request's way that runs before the APIs, built here in the order it runs (the whole way is listed in
 * {@link RequestPipeline}).
 */
public final class LoopbackJetty {
  /** Jetty's own threads beside those that serve requests: one selector (which also accepts) and spares. */
  private static final int JETTY_THREADS = 4;
  /** The most bytes of request line and headers the sandbox reads; more is answered 431 (414 for a long URI). */
  public static final int REQUEST_HEADER_BYTES = 16 * 1024;

  private final Server server;
  private final ServerConnector connector;
  private final FaultInjector faults;
  private final CoverageRecording coverage;

  /**
   * A server, not yet listening.
   *
   * @param threads threads that serve requests
   * @param pipeline what every API's request goes through, each API under its base path ({@code /edfs}, ...)
   * @param admin the admin endpoints, or null to serve none
   */
  public LoopbackJetty(int threads, RequestPipeline pipeline, AdminEndpoints admin) {
    server = server(threads);
    connector = (ServerConnector) server.getConnectors()[0];
    //    what Jetty refuses itself (not HTTP, too long, no handler), and every Response.writeError below: error JSON
    server.setErrorHandler(new JsonErrorHandler());
    ContextHandlerCollection apis = new ContextHandlerCollection();
    for (Api api : Api.values()) {
      apis.addHandler(context(api.basePath(), new ApiHandler(api, pipeline)));
    }
    //    and, beside the APIs, their reference: Swagger UI on the bundled specs
    apis.addHandler(new ContextHandler(new ApiReference(), ApiReference.CONTEXT));
    if (admin != null) {
      apis.addHandler(new ContextHandler(admin, AdminEndpoints.CONTEXT));
    }
    RouteTable operations = pipeline.routes();
    faults = new FaultInjector(apis, operations);
    // 3. API coverage, when recorded: every answer to an operation's request, whoever gives it below
    coverage = new CoverageRecording(
        // 4. the body, read whole: 413, 400, 408
        new WholeRequestBody(
            // 5. Jetty's URI rules: 400
            new StrictUri(
                // 6. an injected fault, if one applies, answers instead of the API (tests of clients' retries)
                faults)), operations);
    server.setHandler(coverage);
    //    a path outside the APIs: the same 404 JSON as an unknown path inside one
    server.setDefaultHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        Response.writeError(request, response, callback, 404);
        return true;
      }
    });
  }

  /** Where this server's answers are recorded for API coverage. */
  public CoverageRecording coverage() {
    return coverage;
  }

  /** The faults injected into this server's answers. */
  public FaultInjector faults() {
    return faults;
  }

  /**
   * Listens on {@code host}:{@code port}: the first time it starts the server, after {@link #stopListening} only the
   * connector (the APIs stay as they were built). If it cannot, the server is stopped for good.
   *
   * @param host the address to listen on: 127.0.0.1, or 0.0.0.0 for every interface (a container's own network)
   * @param port the port, 0 for a free one
   * @return the port it listens on
   * @throws UncheckedIOException if the port cannot be bound
   */
  public int listen(String host, int port) {
    WireTraceWarning.warnIfOn();
    connector.setHost(host);
    connector.setPort(port);
    try {
      if (server.isStarted()) {
        connector.start();
      } else {
        server.start();
      }
    } catch (Exception e) {
      stop();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + io.getMessage(), io);
      }
      throw new IllegalStateException("the sandbox did not start: " + e.getMessage(), e);
    }
    return connector.getLocalPort();
  }

  /** Closes the listening socket and every open connection; the server and its APIs keep running. */
  public void stopListening() {
    try {
      connector.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the sandbox did not stop listening cleanly: " + e.getMessage(), e);
    }
  }

  /** Stops listening, closes its connections and ends its threads. */
  public void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the sandbox did not stop cleanly: " + e.getMessage(), e);
    }
  }

  /**
   * Loads and initialises Jetty's classes on a daemon thread, by building a server that is then dropped (never
   * started: no socket, no thread), while the caller reads its data: a first start in a fresh JVM otherwise does
   * both one after the other on one thread (0.92× of a first start to the first answer, 12 paired runs).
   */
  public static void loadAhead() {
    Thread ahead = new Thread(() -> server(1).setHandler(new ContextHandlerCollection(new ContextHandler())),
        "itwin-sandbox-jetty-ahead");
    ahead.setDaemon(true);
    ahead.start();
  }

  /** Jetty's server with its one connector, not yet listening, no handler yet: what needs no pipeline. */
  private static Server server(int threads) {
    QueuedThreadPool pool = new QueuedThreadPool(threads + JETTY_THREADS);
    // daemons, the pool's and the scheduler's: a server that stopped listening and waits for the next start in this
    // JVM must not keep the JVM alive
    pool.setDaemon(true);
    Server server = new Server(pool, new ScheduledExecutorScheduler("itwin-sandbox-scheduler", true), null);
    // 1. socket: loopback only, so the sandbox is never reachable from another machine
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    //    16 KiB of headers, not Jetty's 8: a bearer token with many claims reaches 8 KB, and such a request must
    //    get the API's answer (401, 403, ...), not a 431 that Jetty sends and closes on, with the body unread
    //    (the client may then see a reset instead of the 431)
    http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
    // 2. Jetty parses the request; every URI is let through, for StrictUri to judge once the body is read
    http.setUriCompliance(UriCompliance.UNSAFE);
    // no acceptor thread: the selector accepts, so stopping the connector really closes the listening socket (a
    // channel closed while a thread is blocked in accept() stays open until that thread leaves it, and a client
    // could still connect to a sandbox that close() had returned from)
    server.addConnector(new ServerConnector(server, 0, 1, new HttpConnectionFactory(http)));
    return server;
  }

  private static ContextHandler context(String basePath, Handler api) {
    ContextHandler context = new ContextHandler(api, basePath);
    // /edfs without a trailing slash is answered (404 JSON), not redirected to /edfs/
    context.setAllowNullPathInContext(true);
    return context;
  }
}
