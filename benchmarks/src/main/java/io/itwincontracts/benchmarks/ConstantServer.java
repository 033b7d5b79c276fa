package io.itwincontracts.benchmarks;

import io.itwincontracts.validator.Target;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The load baseline: a bare Jetty server on 127.0.0.1, the sandbox's HTTP server with the sandbox's thread pool,
 * that reads each request body and answers the spec's listSystems 200 example, whatever was asked. The sandbox's
 * throughput over this one is what Jersey, the filters, validation and the handlers cost.
 */
final class ConstantServer implements AutoCloseable {
  private final byte[] body;

  private final Server server;
  private final ServerConnector connector;

  ConstantServer(int threads) throws Exception {
    this(threads, 0, listSystemsExample());
  }

  /** The spec's listSystems 200 example: what the baseline and the stub servers answer. */
  static byte[] listSystemsExample() {
    return SeedPayloads.of("listSystems").stream()
        .filter(payload -> payload.target().equals(Target.response("listSystems", "200")))
        .findFirst().orElseThrow().json();
  }

  ConstantServer(int threads, int port, byte[] body) throws Exception {
    this.body = body;
    // as the sandbox's LoopbackJetty: Jetty's acceptor and selector threads come on top of those that serve
    server = new Server(new QueuedThreadPool(threads + 4));
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Content.Source.consumeAll(request);
        response.setStatus(HttpMethod.POST.is(request.getMethod()) ? 201 : 200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
      }
    });
    server.start();
  }

  int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
