package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.validator.coverage.ApiCoverage;
import io.itwincontracts.validator.coverage.CoverageEntry;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sandbox records each answer to an operation's request, whoever gives it, when it is asked to. */
class CoverageRecordingTest {
  private static final String SYSTEMS = "/edfs/itwins/" + SandboxHttp.ITWIN + "/systems";

  private static CoverageEntry sandbox(String operationId, int status, String code, boolean fault, long count) {
    return new CoverageEntry("sandbox", operationId, status, code, fault, null, count);
  }

  @Test
  void recordsOperationStatusErrorCodeAndFault() {
    CoverageRecorder recorder = new CoverageRecorder("sandbox");
    try (Sandbox sandbox = Sandbox.builder().recordCoverage(recorder).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      String body = SandboxHttp.file("requests/create-system.json");
      assertThat(http.send("POST", SYSTEMS, body).statusCode()).isEqualTo(201);
      assertThat(http.send("POST", SYSTEMS, body).statusCode()).isEqualTo(409);
      sandbox.inject(Fault.tooManyRequests(Duration.ofSeconds(1)).on("listSystems").times(1));
      assertThat(http.get(SYSTEMS).statusCode()).isEqualTo(429);
      assertThat(http.get(SYSTEMS).statusCode()).isEqualTo(200);
      assertThat(http.send("POST", SYSTEMS, "x".repeat(2_000_000)).statusCode()).as("too large").isEqualTo(413);
      assertThat(http.get("/edfs/nothing").statusCode()).as("no operation: not recorded").isEqualTo(404);
    }

    assertThat(recorder.snapshot().entries()).containsExactlyInAnyOrder(
        sandbox("createSystem", 201, null, false, 1),
        sandbox("createSystem", 409, "SystemExists", false, 1),
        sandbox("createSystem", 413, "RequestTooLarge", false, 1),
        sandbox("listSystems", 429, "TooManyRequests", true, 1),
        sandbox("listSystems", 200, null, false, 1));
  }

  @Test
  void aClosedSandboxStopsRecordingAndANextOneRecordsIntoItsOwn() {
    CoverageRecorder first = new CoverageRecorder("sandbox");
    try (Sandbox sandbox = Sandbox.builder().recordCoverage(first).start()) {
      new SandboxHttp(sandbox).get(SYSTEMS);
    }
    try (Sandbox sandbox = Sandbox.builder().start()) {
      new SandboxHttp(sandbox).get(SYSTEMS);
    }
    CoverageRecorder third = new CoverageRecorder("sandbox");
    try (Sandbox sandbox = Sandbox.builder().recordCoverage(third).start()) {
      new SandboxHttp(sandbox).get(SYSTEMS);
      new SandboxHttp(sandbox).get(SYSTEMS);
    }

    assertThat(first.snapshot().exchanges()).isEqualTo(1);
    assertThat(third.snapshot()).extracting(ApiCoverage::exchanges).isEqualTo(2L);
  }
}
