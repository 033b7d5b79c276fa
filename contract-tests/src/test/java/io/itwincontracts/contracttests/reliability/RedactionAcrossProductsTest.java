package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Logger;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.conformance.ContractProxy;
import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.RawHttp;
import io.itwincontracts.testkit.Replies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * The client (its log at FULL and its exceptions) and the proxy (its printed violations and its recording) keep the
 * same secrets out by the same rules: a bearer token, a value under a sensitive body key, the same value echoed by
 * the server in a message, and a cookie (a request's {@code Cookie} header, a response's {@code Set-Cookie} and a
 * {@code cookie} key of a body). Before the rules had one home, the client's copy did not count a cookie as a secret.
 */
class RedactionAcrossProductsTest {
  private static final String TOKEN = "rx-token-7f3a-19c2";
  private static final String PASSWORD = "rx-pass-41d0-8e2b";
  private static final String COOKIE = "rx-cookie-55aa-c3d1";
  private static final List<String> SECRETS = List.of(TOKEN, PASSWORD, COOKIE);

  /** A 409 that echoes the password, then a 502 outside the contract whose body and cookie hold the cookie. */
  private static LoopbackServer.Answer[] echoes() {
    return new LoopbackServer.Answer[] {
        Replies.json(409, "{\"error\":{\"code\":\"SystemExists\",\"message\":\"A system with password " + PASSWORD
            + " exists.\"}}"),
        Replies.json(502, "{\"message\":\"upstream failed for " + PASSWORD + "\",\"cookie\":\"" + COOKIE + "\"}",
            "Set-Cookie", "session=" + COOKIE)};
  }

  private static SaveUserSystemCredentialDto system() {
    return new SaveUserSystemCredentialDto().name("Echoed").systemId("echoed").systemType("EDF.Sql")
        .credentials(Map.of("Password", PASSWORD));
  }

  @Test
  void theClientAndTheProxyShowNoSecretOfTheSameExchanges() throws Exception {
    List<String> written = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        written.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger clientLog = java.util.logging.Logger.getLogger("io.itwincontracts.client.http");
    Level before = clientLog.getLevel();
    clientLog.setLevel(Level.ALL);
    clientLog.addHandler(capture);
    Path recording = Files.createTempDirectory("redaction").resolve("proxy.ndjson");
    StringWriter printed = new StringWriter();
    try (LoopbackServer server = LoopbackServer.scripted().enqueue(echoes()).enqueue(echoes())
        .enqueue(Replies.json(502, "{\"cookie\":\"" + COOKIE + "\"}", "Set-Cookie", "session=" + COOKIE))) {
      ITwinPlatform direct = client(server.baseUrl());
      written.add(String.valueOf(catchThrowable(() -> direct.edfs().createSystem("itwin-1", system()))));
      written.add(String.valueOf(catchThrowable(() -> direct.edfs().createSystem("itwin-1", system()))));
      try (ContractProxy proxy = ContractProxy.to(URI.create(server.baseUrl())).record(recording)
          .output(new PrintWriter(printed, true)).start()) {
        ITwinPlatform proxied = client(proxy.baseUrl());
        written.add(String.valueOf(catchThrowable(() -> proxied.edfs().createSystem("itwin-1", system()))));
        written.add(String.valueOf(catchThrowable(() -> proxied.edfs().createSystem("itwin-1", system()))));
        String withCookie = "GET /edfs/itwins/itwin-1/systems HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + TOKEN + "\r\nCookie: session=" + COOKIE + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
        written.add(RawHttp.exchange(proxy.port(), withCookie.getBytes(StandardCharsets.UTF_8), 10_000).status() + "");
      }
      assertThat(server.received()).as("exchanges the server saw").hasSize(5);
      assertThat(server.received().get(4).header("cookie")).as("the proxy forwards the cookie unchanged")
          .containsExactly("session=" + COOKIE);
    } finally {
      clientLog.removeHandler(capture);
      clientLog.setLevel(before);
    }
    written.addAll(printed.toString().lines().toList());
    List<String> recorded = Files.readAllLines(recording);
    written.addAll(recorded);

    assertThat(recorded).as("recorded exchanges").hasSize(3);
    assertThat(String.join("\n", written)).as("what was written").contains("REDACTED", "SystemExists", "502");
    List<String> leaks = new ArrayList<>();
    for (String line : written) {
      SECRETS.stream().filter(line::contains).forEach(secret -> leaks.add(secret + " in: " + line));
    }
    assertThat(leaks).as("lines of the log, exceptions, proxy output and recording that show a secret").isEmpty();
  }

  private static ITwinPlatform client(String baseUrl) {
    return ITwinPlatform.builder().baseUrl(baseUrl).tokenSupplier(() -> TOKEN).logLevel(Logger.Level.FULL)
        .maxAttempts(1).build();
  }
}
