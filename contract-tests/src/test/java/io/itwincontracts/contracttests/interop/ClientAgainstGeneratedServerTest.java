package io.itwincontracts.contracttests.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.contracttests.LoopbackStubServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client as users build it, headers and all, against the generated JAX-RS interfaces served by plain Jersey
 * with none of the sandbox's filters: a server generated from the specs answers every operation with its 2xx.
 */
class ClientAgainstGeneratedServerTest {
  private static LoopbackStubServer server;
  private static ITwinPlatform platform;

  @BeforeAll
  static void start() {
    server = LoopbackStubServer.echoingAllApis();
    platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "interop-token").build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PlatformCall.class)
  void everyOperationGetsItsDocumentedSuccess(PlatformCall call) {
    PlatformCall.Outcome outcome = call.call(platform);

    assertThat(outcome.status()).isEqualTo(call.documentedSuccess());
    assertThat(outcome.body()).isNotNull();
  }
}
