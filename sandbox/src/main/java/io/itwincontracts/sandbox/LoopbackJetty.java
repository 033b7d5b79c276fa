package io.itwincontracts.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Map;
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

/**
 * The sandbox's HTTP server: Jetty on 127.0.0.1 only, each API under its base path behind the chain every request
 * goes through ({@link WholeRequestBody}, then {@link StrictUri}), and the error JSON for every refusal Jetty makes
 * itself ({@link JsonErrorHandler}).
 */
final class LoopbackJetty {
  /** Jetty's own threads beside those that serve requests: one acceptor and one selector on this size of machine. */
  private static final int JETTY_THREADS = 4;

  private final Server server;
  private final ServerConnector connector;

  LoopbackJetty(int port, int threads, Map<String, Handler> apisByBasePath) {
    server = new Server(new QueuedThreadPool(threads + JETTY_THREADS));
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    // every URI reaches the handlers, which read the body before StrictUri refuses a bad one
    http.setUriCompliance(UriCompliance.UNSAFE);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    ContextHandlerCollection apis = new ContextHandlerCollection();
    apisByBasePath.forEach((basePath, api) -> apis.addHandler(context(basePath, api)));
    server.setHandler(new WholeRequestBody(new StrictUri(apis)));
    // paths outside the APIs: the same 404 JSON as an unknown path inside one
    server.setDefaultHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        Response.writeError(request, response, callback, 404);
        return true;
      }
    });
    server.setErrorHandler(new JsonErrorHandler());
  }

  /**
   * Starts listening.
   *
   * @return the port it listens on
   * @throws UncheckedIOException if the port cannot be bound
   */
  int start() {
    try {
      server.start();
    } catch (Exception e) {
      stop();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot listen on 127.0.0.1:" + connector.getPort() + ": " + io.getMessage(), io);
      }
      throw new IllegalStateException("the sandbox did not start: " + e.getMessage(), e);
    }
    return connector.getLocalPort();
  }

  void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the sandbox did not stop cleanly: " + e.getMessage(), e);
    }
  }

  private static ContextHandler context(String basePath, Handler jersey) {
    ContextHandler context = new ContextHandler(new ContextRelativePath(jersey), basePath);
    // /edfs without a trailing slash is answered (404 JSON), not redirected to /edfs/
    context.setAllowNullPathInContext(true);
    return context;
  }
}
