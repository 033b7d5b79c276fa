package com.example.coverage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.NotFoundException;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.junit.SandboxTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@SandboxTest
class ListsSystemsTest {
  private static final Tally TALLY = new Tally();

  @Test
  void listsThreeTimes(ITwinPlatform platform) {
    for (int i = 0; i < 3; i++) {
      TALLY.got("listSystems", platform.edfs().listSystemsWithHttpInfo(DefaultData.ITWIN).getStatusCode());
    }
  }

  @Test
  void meetsANotFound(ITwinPlatform platform) {
    assertThatThrownBy(() -> platform.edfs().listSystems("00000000-0000-4000-8000-000000000000"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> TALLY.got("listSystems", e.status()));
  }

  @AfterAll
  static void tally() {
    TALLY.writeFor(ListsSystemsTest.class);
  }
}
