package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.LoopbackServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A date-time the server sends reaches the caller with the server's offset, not moved to UTC. */
class DateTimeOffsetTest {
  private final LoopbackServer server = LoopbackServer.scripted();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void lastChangeKeepsTheOffsetTheServerSent() {
    server.enqueue(json(200, resource("responses/systems.json")));   // "lastChange": "2024-04-24T13:03:26.24-04:00"
    ITwinPlatform platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "t").build();

    OffsetDateTime lastChange = platform.edfs().listSystems("any").getSystems().get(0).getLastChange();

    assertThat(lastChange.getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(lastChange.toString()).isEqualTo("2024-04-24T13:03:26.240-04:00");
  }
}
