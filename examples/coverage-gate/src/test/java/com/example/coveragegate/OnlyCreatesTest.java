package com.example.coveragegate;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.junit.SandboxTest;
import org.junit.jupiter.api.Test;

/** Passes, and covers one status of one operation: the run fails at the gate. */
@SandboxTest
class OnlyCreatesTest {
  @Test
  void createsASystem(ITwinPlatform platform) {
    assertThat(platform.edfs().createSystem(DefaultData.ITWIN, new SaveUserSystemCredentialDto().name("Billing")
        .systemId("billing").systemType("EDF.Sql")).getSystemId()).isEqualTo("billing");
  }
}
