package com.example.coverage;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Fault;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.sandbox.junit.SandboxTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@SandboxTest
class RetriesTest {
  private static final Tally TALLY = new Tally();

  @Test
  void isRetriedAfterAnInjected429(ITwinPlatform platform, Sandbox sandbox) {
    sandbox.inject(Fault.tooManyRequests(Duration.ofSeconds(1)).on("listSystems"));
    TALLY.got("listSystems", 429);
    TALLY.got("listSystems", platform.edfs().listSystemsWithHttpInfo(DefaultData.ITWIN).getStatusCode());
  }

  @AfterAll
  static void tally() {
    TALLY.writeFor(RetriesTest.class);
  }
}
