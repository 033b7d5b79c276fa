package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.hangUp;
import static io.itwincontracts.testkit.Replies.hangUpMidBody;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.testkit.LoopbackServer;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry rules end to end, over loopback: that the policy (its table is {@link RetryPolicyTest}) gets the real
 * statuses, headers and I/O failures, and its answers reach the caller. Waits go through the recorded sleeper, or
 * are a few milliseconds.
 */
class RetryTest {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";

  private final LoopbackServer server = LoopbackServer.scripted();
  private final List<Duration> slept = new ArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  private ITwinPlatform.Builder client() {
    return ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "test-token")
        .initialBackoff(Duration.ofMillis(10));
  }

  private static SaveUserSystemCredentialDto newSystem() {
    return new SaveUserSystemCredentialDto().name("Development Sql Server").systemId("devsqlserver")
        .systemType("EDF.Sql");
  }

  @Test
  void retriesAfterRetryAfterSecondsAndSucceeds() {
    server.enqueue(json(429, resource("errors/429.json"), "retry-after", "1"),
        json(201, resource("responses/system-created.json")));
    ITwinPlatform platform = client().sleeper(slept::add).build();

    var created = platform.edfs().createSystemWithHttpInfo(ITWIN_ID, newSystem());

    assertThat(created.getStatusCode()).isEqualTo(201);
    assertThat(server.received()).hasSize(2);
    assertThat(slept).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void honoursRetryAfterHttpDate() {
    Instant notBefore = Instant.now().plusMillis(1500).truncatedTo(ChronoUnit.SECONDS);
    String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(notBefore.atOffset(ZoneOffset.UTC));
    server.enqueue(json(503, "", "retry-after", httpDate), json(200, resource("responses/systems.json")));

    client().sleeper(slept::add).build().edfs().listSystems(ITWIN_ID);

    assertThat(server.received()).hasSize(2);
    assertThat(slept).singleElement().satisfies(wait ->
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(1500)));
  }

  @Test
  void throwsRateLimitedWhenRetryAfterExceedsMaximum() {
    server.enqueue(json(429, resource("errors/429.json"), "retry-after", "120", "x-correlation-id", "corr-42"));
    ITwinPlatform platform = client().maxRetryWait(Duration.ofSeconds(60)).build();

    assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN_ID))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
          assertThat(e.requestId()).contains("corr-42");
          assertThat(e.errorCode()).contains("TooManyRequests");
        });
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void backsOffWithoutRetryAfterAndSucceeds() {
    server.enqueue(json(503, "Service Unavailable"), json(429, resource("errors/429.json")),
        json(200, resource("responses/systems.json")));

    var systems = client().build().edfs().listSystems(ITWIN_ID);

    assertThat(systems.getSystems()).hasSize(1);
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void throwsTheLastRateLimitWhenAttemptsAreUsedUp() {
    server.enqueue(json(429, resource("errors/429.json"), "retry-after", "0"),
        json(429, resource("errors/429.json"), "retry-after", "0"),
        json(429, resource("errors/429.json"), "retry-after", "0"));

    assertThatThrownBy(() -> client().maxAttempts(3).build().edfs().listSystems(ITWIN_ID))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void neverRetriesPostAfterIoError() {
    server.enqueue(hangUpMidBody(), json(201, resource("responses/system-created.json")));
    ITwinPlatform platform = client().build();

    assertThatThrownBy(() -> platform.edfs().createSystem(ITWIN_ID, newSystem()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("was not resent");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void retriesGetAfterIoError() {
    server.enqueue(hangUp(), hangUpMidBody(), json(200, resource("responses/systems.json")));

    var systems = client().build().edfs().listSystems(ITWIN_ID);

    assertThat(systems.getSystems()).hasSize(1);
    assertThat(server.received()).extracting(LoopbackServer.Received::method).containsExactly("GET", "GET", "GET");
  }

  @Test
  void retriesPutAfterIoError() {
    server.enqueue(hangUpMidBody(), json(200, resource("responses/manifest-connection.json")));

    var updated = client().build().synchronization()
        .updateManifestConnection("MWplZe9Uf0iR1IDMqyOMLry641hUCa9JjxI3cYz8uCg",
            new ManifestConnectionUpdate().displayName("30"));

    assertThat(updated.getConnection().getDisplayName()).isEqualTo("30");
    assertThat(server.received()).extracting(LoopbackServer.Received::method).containsExactly("PUT", "PUT");
  }

  @Test
  void readTimeoutEndsACallThatGetsNoAnswer() {
    server.enqueue(json(200, resource("responses/systems.json")).after(1000));
    ITwinPlatform platform = client().readTimeout(Duration.ofMillis(100)).maxAttempts(1).build();

    assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN_ID))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(HttpTimeoutException.class);
  }
}
