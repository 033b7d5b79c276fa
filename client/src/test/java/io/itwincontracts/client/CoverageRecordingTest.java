package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.validator.coverage.CoverageEntry;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With coverage recorded, each attempt of a call is counted with what the client made of it. */
class CoverageRecordingTest {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";

  private final LoopbackServer server = LoopbackServer.scripted();
  private final CoverageRecorder recorder = new CoverageRecorder("client");

  @AfterEach
  void stop() {
    server.close();
  }

  private ITwinPlatform platform() {
    return ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "test-token")
        .sleeper(wait -> {}).initialBackoff(Duration.ofMillis(10)).recordCoverage(recorder::record).build();
  }

  private static CoverageEntry client(String operationId, int status, String code, String outcome) {
    return new CoverageEntry("client", operationId, status, code, false, outcome, 1);
  }

  @Test
  void aRetriedCallCountsTheRetriedAttemptAndTheOneThatReturned() {
    server.enqueue(json(429, resource("errors/429.json"), "retry-after", "1"),
        json(201, resource("responses/system-created.json")));

    platform().edfs().createSystem(ITWIN_ID, new SaveUserSystemCredentialDto().name("n").systemId("s").systemType("t"));

    assertThat(recorder.snapshot().entries()).containsExactlyInAnyOrder(
        client("createSystem", 429, "TooManyRequests", "retried"),
        client("createSystem", 201, null, "returned after retry"));
  }

  @Test
  void aTypedExceptionIsTheOutcomeOfItsStatus() {
    server.enqueue(json(404, resource("errors/404.json")), json(200, resource("responses/systems.json")));
    ITwinPlatform platform = platform();

    assertThatThrownBy(() -> platform.edfs().listSystems(ITWIN_ID)).isInstanceOf(NotFoundException.class);
    platform.edfs().listSystemsWithHttpInfo(ITWIN_ID);

    assertThat(recorder.snapshot().entries()).containsExactlyInAnyOrder(
        client("listSystems", 404, "SystemListNotFound", "threw NotFoundException"),
        client("listSystems", 200, null, "returned"));
  }
}
