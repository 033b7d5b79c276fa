package io.itwincontracts.contracttests;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Implementations of the generated JAX-RS interfaces served by plain Jersey (no filter of the sandbox) on 127.0.0.1
 * and an ephemeral port, one context per API base path ({@code /edfs}, {@code /synchronization}, {@code /itwins}).
 */
public final class LoopbackStubServer implements AutoCloseable {
  static {
    // The JDK server leaves Nagle on: every keep-alive response would wait ~40 ms for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** Date-times as RFC 3339 text and absent values left out, as the generated models expect. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  public LoopbackStubServer(Map<String, Object> resourcesByBasePath, Object... providers) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    resourcesByBasePath.forEach((basePath, resource) -> server.createContext(basePath,
        ContainerFactory.createContainer(HttpHandler.class, resourceConfig(resource).registerInstances(providers))));
    server.start();
  }

  /** The echoing implementations of all three generated interfaces, each under its API's base path. */
  public static LoopbackStubServer echoingAllApis() {
    return new LoopbackStubServer(Map.of(
        "/edfs", new EchoEdfs(),
        "/synchronization", new EchoSynchronization(),
        "/itwins", new EchoITwins()));
  }

  /** The same implementations, with these providers (a feature, a filter) registered in each API's application. */
  public static LoopbackStubServer echoingAllApis(Object... providers) {
    return new LoopbackStubServer(Map.of(
        "/edfs", new EchoEdfs(),
        "/synchronization", new EchoSynchronization(),
        "/itwins", new EchoITwins()), providers);
  }

  /** The root the API base paths hang from, as a client's base URL. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * The mapper for Jersey's JSON provider. A class, not a lambda: Jersey finds a resolver by its type argument,
   * which a lambda does not keep, and would write with a default mapper (nulls, dates as numbers).
   */
  public static final class MapperResolver implements ContextResolver<ObjectMapper> {
    @Override
    public ObjectMapper getContext(Class<?> type) {
      return MAPPER;
    }
  }

  private static ResourceConfig resourceConfig(Object resource) {
    return new ResourceConfig()
        .registerInstances(resource)
        .register(JacksonFeature.class)
        .register(MapperResolver.class)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
