package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.edfs.model.OSystemInfoDtoList;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client as it meets the platform: TLS, HTTP/2 chosen by ALPN, a server that does not answer on loopback in
 * plain HTTP/1.1. Its HTTP client completes exchanges on its selector thread (no hand-off to a pool), so this pins
 * what that must not break: answers larger than HTTP/2's 64 KiB flow-control window, which need window updates
 * while the body is being delivered, and calls from several threads multiplexed on one connection. The client takes
 * the JVM's default TLS context when it is built; while this class runs, that default trusts only a certificate made
 * for it ({@link TestCertificate}), and the one before is put back after.
 */
class TlsAndHttp2Test {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";
  private static final Set<String> PROTOCOLS = ConcurrentHashMap.newKeySet();
  @TempDir
  static Path directory;
  private static SSLContext previousDefault;
  private static Server server;
  private static ServerConnector connector;
  private static String body;

  @BeforeAll
  static void start() throws Exception {
    TestCertificate certificate = TestCertificate.createIn(directory);
    previousDefault = SSLContext.getDefault();
    SSLContext.setDefault(certificate.trustingOnlyThis());
    body = systemsOf(1_000);   // about 350 KiB: five times the initial HTTP/2 window
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(certificate.keyStore().toString());
    tls.setKeyStorePassword(TestCertificate.PASSWORD);
    HttpConfiguration https = new HttpConfiguration();
    https.addCustomizer(new SecureRequestCustomizer());
    HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(https);
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
    alpn.setDefaultProtocol("http/1.1");
    server = new Server();
    connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2,
        new HttpConnectionFactory(https));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        PROTOCOLS.add(request.getConnectionMetaData().getProtocol());
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (previousDefault != null) {
      SSLContext.setDefault(previousDefault);
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void readsAnAnswerLargerThanTheHttp2WindowOverTls() {
    OSystemInfoDtoList systems = platform().edfs().listSystems(ITWIN_ID);

    assertThat(systems.getSystems()).hasSize(1_000);
    assertThat(PROTOCOLS).containsExactly("HTTP/2.0");
  }

  @Test
  void callsFromSeveralThreadsShareTheConnection() throws Exception {
    ITwinPlatform platform = platform();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> calls = IntStream.range(0, 16)
          .mapToObj(i -> callers.submit(() -> platform.edfs().listSystems(ITWIN_ID).getSystems().size())).toList();
      for (Future<Integer> call : calls) {
        assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(1_000);
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(PROTOCOLS).containsExactly("HTTP/2.0");
  }

  private static ITwinPlatform platform() {
    return ITwinPlatform.builder().baseUrl("https://localhost:" + connector.getLocalPort())
        .tokenSupplier(() -> "t").build();
  }

  /** The test resource's one system, {@code count} times, each with its own id. */
  private static String systemsOf(int count) {
    String one = resource("responses/systems.json");
    String system = one.substring(one.indexOf('{', one.indexOf('[')), one.lastIndexOf(']')).strip();
    StringBuilder list = new StringBuilder("{ \"systems\": [");
    for (int i = 0; i < count; i++) {
      list.append(i == 0 ? "" : ",").append(system.replace("\"systemId\": \"devsqlserver\"",
          "\"systemId\": \"system" + i + "\""));
    }
    return list.append("] }").toString();
  }
}
