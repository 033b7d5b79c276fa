package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The read timeout bounds the body too, not only the wait for the status line (found by the reliability suite). */
class BodyReadTimeoutTest {
  @Test
  @Timeout(10)
  void serverThatStallsMidBodyEndsTheCallAtTheReadTimeout() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread stalling = new Thread(() -> {
        try (Socket connection = server.accept()) {
          connection.getInputStream().read(new byte[8192]);
          connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Content-Length: 500\r\n\r\n{\"systems\": [").getBytes(StandardCharsets.US_ASCII));
          Thread.sleep(20_000);
        } catch (IOException | InterruptedException ended) {
          // the test is over
        }
      });
      stalling.setDaemon(true);
      stalling.start();
      ITwinPlatform platform = ITwinPlatform.builder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
          .tokenSupplier(() -> "t").readTimeout(Duration.ofMillis(300)).maxAttempts(1).build();

      assertThatThrownBy(() -> platform.edfs().listSystems("5fb9aa98-9874-4697-b942-d19728840f19"))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(HttpTimeoutException.class);
      stalling.interrupt();
    }
  }
}
