package io.itwincontracts.client;

import io.itwincontracts.runtime.internal.LibraryVersion;
import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.testkit.LoopbackServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthAndHeadersTest {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";

  private final LoopbackServer server = LoopbackServer.scripted();

  @AfterEach
  void stop() {
    server.close();
  }

  private ITwinPlatform.Builder client() {
    return ITwinPlatform.builder().baseUrl(server.baseUrl()).initialBackoff(Duration.ofMillis(10));
  }

  @Test
  void callsTokenSupplierOnEveryAttempt() {
    server.enqueue(json(429, resource("errors/429.json"), "retry-after", "0"),
        json(503, ""), json(200, resource("responses/systems.json")));
    AtomicInteger calls = new AtomicInteger();

    client().tokenSupplier(() -> "token-" + calls.incrementAndGet()).build().edfs().listSystems(ITWIN_ID);

    assertThat(calls).hasValue(3);
    assertThat(server.received()).extracting(received -> received.header("Authorization"))
        .containsExactly(List.of("Bearer token-1"), List.of("Bearer token-2"), List.of("Bearer token-3"));
  }

  @Test
  void sendsExactlyOneAuthorizationHeaderAfterRetry() {
    server.enqueue(json(429, resource("errors/429.json"), "retry-after", "0"),
        json(429, resource("errors/429.json"), "retry-after", "0"),
        json(201, resource("responses/system-created.json")));
    AtomicInteger calls = new AtomicInteger();

    client().tokenSupplier(() -> "refreshed-token-" + calls.incrementAndGet()).build().edfs()
        .createSystem(ITWIN_ID, new SaveUserSystemCredentialDto().name("Development Sql Server"));

    assertThat(server.received()).hasSize(3).allSatisfy(received ->
        assertThat(received.header("Authorization")).singleElement().asString().startsWith("Bearer refreshed-token-"));
  }

  @Test
  void blankTokenFailsBeforeSending() {
    ITwinPlatform platform = client().tokenSupplier(() -> "  ").build();

    assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN_ID))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("blank token")
        .hasMessageContaining("was not sent");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void nullTokenFailsBeforeSending() {
    ITwinPlatform platform = client().tokenSupplier(() -> null).build();

    assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN_ID))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned null");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void tokenWithBearerPrefixFailsBeforeSendingWithoutShowingIt() {
    ITwinPlatform platform = client().tokenSupplier(() -> "Bearer abc.def-secret").build();

    assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN_ID))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without a 'Bearer ' prefix")
        .hasMessageNotContaining("abc.def-secret");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void sendsBentleyMediaTypeAndVersionedUserAgentOnEveryCall() {
    server.enqueue(json(200, resource("responses/systems.json")));

    client().tokenSupplier(() -> "t").build().edfs().listSystems(ITWIN_ID);

    LoopbackServer.Received request = server.received().get(0);
    assertThat(request.header("Accept")).containsExactly("application/vnd.bentley.itwin-platform.v1+json");
    assertThat(request.header("User-Agent")).singleElement().asString()
        .matches("itwin-contracts-client/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? Java/.+")
        .startsWith("itwin-contracts-client/" + LibraryVersion.get() + " ");
  }
}
