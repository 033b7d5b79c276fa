package io.itwincontracts.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The load baseline: a bare JDK {@link HttpServer} on 127.0.0.1 with the sandbox's settings (nodelay, the same
 * thread count) that reads each request body and answers the spec's listSystems example, whatever was asked.
 * The sandbox's throughput over this one is what Jersey, the filters, validation and the handlers cost.
 */
final class ConstantServer implements AutoCloseable {
  static {
    // As the sandbox: without it every keep-alive response waits ~40 ms for a delayed ACK (performance notes).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final byte[] BODY = ("{\"systems\":[{\"id\":\"00000000-0000-0000-0000-000000000000\",\"systemName\":"
      + "\"Development Sql Server\",\"organizationId\":\"00000000-0000-0000-0000-000000000000\",\"systemId\":"
      + "\"devsqlserver\",\"systemType\":\"EDF.Sql\",\"lastChange\":\"2024-04-24T13:03:26.24-04:00\",\"lastChangeBy\":"
      + "\"00000000-0000-0000-0000-000000000000\",\"lastChangeByName\":\"Name Surname\"},{\"id\":"
      + "\"00000000-0000-0000-0000-000000000000\",\"systemName\":\"Production Sql Server 1\",\"organizationId\":"
      + "\"00000000-0000-0000-0000-000000000000\",\"systemId\":\"prod_sql_server01\",\"systemType\":\"EDF.Sql\","
      + "\"lastChange\":\"2024-04-24T13:03:26.24-04:00\",\"lastChangeBy\":\"00000000-0000-0000-0000-000000000000\","
      + "\"lastChangeByName\":\"Name Surname\"}]}").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor;

  ConstantServer(int threads) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(threads);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (InputStream request = exchange.getRequestBody(); OutputStream response = exchange.getResponseBody()) {
        request.readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        int status = "POST".equals(exchange.getRequestMethod()) ? 201 : 200;
        exchange.sendResponseHeaders(status, BODY.length);
        response.write(BODY);
      }
    });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
