package com.example.coverage;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.junit.SandboxTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@SandboxTest
class UpdatesConnectionsTest {
  private static final Tally TALLY = new Tally();

  @Test
  void renamesTheConnectionTwice(ITwinPlatform platform) {
    for (String name : new String[] {"Nightly", "Hourly"}) {
      TALLY.got("updateManifestConnection", platform.synchronization().updateManifestConnectionWithHttpInfo(
          DefaultData.CONNECTION, new ManifestConnectionUpdate().displayName(name)).getStatusCode());
    }
  }

  @AfterAll
  static void tally() {
    TALLY.writeFor(UpdatesConnectionsTest.class);
  }
}
