package com.example.coverage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.ConflictException;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.junit.SandboxTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@SandboxTest
class CreatesSystemsTest {
  private static final Tally TALLY = new Tally();

  @Test
  void createsASystemAndMeetsItsConflict(ITwinPlatform platform) {
    SaveUserSystemCredentialDto system = new SaveUserSystemCredentialDto().name("Billing").systemId("billing")
        .systemType("EDF.Sql");
    TALLY.got("createSystem", platform.edfs().createSystemWithHttpInfo(DefaultData.ITWIN, system).getStatusCode());
    assertThatThrownBy(() -> platform.edfs().createSystem(DefaultData.ITWIN, system))
        .isInstanceOfSatisfying(ConflictException.class, e -> TALLY.got("createSystem", e.status()));
  }

  @AfterAll
  static void tally() {
    TALLY.writeFor(CreatesSystemsTest.class);
  }
}
