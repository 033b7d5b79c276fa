package io.itwincontracts.sandbox;

import static io.itwincontracts.sandbox.SandboxHttp.ITWIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A closed sandbox's server waits for the next start in the JVM with the same settings: the next sandbox gets it
 * with its own data and port, and nothing of the closed one (its systems, faults, rate-limit counts) leaks in.
 */
class SandboxRestartTest {
  private static final String SYSTEMS = "/edfs/itwins/" + ITWIN + "/systems";
  private static final String NEW_SYSTEM = "{\"name\":\"Restart\",\"systemId\":\"restart_sql\",\"systemType\":"
      + "\"EDF.Sql\",\"credentials\":{\"Password\":\"x\"}}";

  @Test
  void aSandboxStartedAfterOneWasClosedHoldsOnlyItsOwnData() {
    // a shape no other test uses (threads 7), so the second start takes the first one's parked server
    Sandbox first = Sandbox.builder().threads(7).start();
    SandboxHttp firstHttp = new SandboxHttp(first);
    assertThat(firstHttp.send("POST", SYSTEMS, NEW_SYSTEM).statusCode()).isEqualTo(201);
    first.inject(Fault.serviceUnavailable(Duration.ofSeconds(1)).times(5));
    first.close();

    try (Sandbox second = Sandbox.builder().threads(7).seed(seed -> seed.iTwin("b8a9c4e3-1111-4b0e-8f6d-2a7d5e0c9a11"))
        .start()) {
      SandboxHttp http = new SandboxHttp(second);
      var list = http.get(SYSTEMS);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).doesNotContain("restart_sql");
      assertThat(http.send("POST", SYSTEMS, NEW_SYSTEM).statusCode()).as("no fault, no duplicate").isEqualTo(201);
      assertThat(second.seed(seed -> { }).port()).isEqualTo(second.port());
    }
  }

  @Test
  void aClosedSandboxListensNoMoreAndRefusesToBeUsed() {
    Sandbox sandbox = Sandbox.builder().threads(6).start();
    int port = sandbox.port();
    sandbox.close();
    sandbox.close();   // twice: nothing happens

    assertThatThrownBy(() -> RawHttp.exchange(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII), 2_000)).isInstanceOf(IOException.class);
    assertThatThrownBy(sandbox::reset).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> sandbox.inject(Fault.expiredToken())).isInstanceOf(IllegalStateException.class);
  }
}
