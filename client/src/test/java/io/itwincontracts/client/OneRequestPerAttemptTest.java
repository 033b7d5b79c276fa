package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.Replies;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One attempt is one request on the wire, whatever the transport would do on its own: the JDK HTTP client resends a
 * GET once when the connection closes before any answer, which used to double every attempt (see
 * {@link OneSendHttpClient}). Counted by a server that hangs up before the status line, every time.
 */
class OneRequestPerAttemptTest {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";

  private final LoopbackServer server = LoopbackServer.answering(Replies.hangUp());

  @AfterEach
  void stop() {
    server.close();
  }

  private ITwinPlatform client(int maxAttempts) {
    return ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "t").maxAttempts(maxAttempts)
        .initialBackoff(Duration.ofMillis(1)).build();
  }

  @ParameterizedTest(name = "maxAttempts({0})")
  @ValueSource(ints = {1, 3})
  void aGetIsSentExactlyOncePerAttempt(int maxAttempts) {
    assertThatThrownBy(() -> client(maxAttempts).edfs().listSystems(ITWIN_ID))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("after " + maxAttempts + " attempt(s)");

    assertThat(server.methods()).as("requests received").hasSize(maxAttempts).containsOnly("GET");
  }

  @ParameterizedTest(name = "maxAttempts({0})")
  @ValueSource(ints = {1, 3})
  void aPostIsNeverResent(int maxAttempts) {
    assertThatThrownBy(() -> client(maxAttempts).edfs().createSystem(ITWIN_ID,
            new SaveUserSystemCredentialDto().name("n").systemId("s").systemType("EDF.Sql")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("was not resent");

    assertThat(server.methods()).as("requests received").containsExactly("POST");
  }
}
