package io.itwincontracts.sandbox.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.sandbox.RateLimit;
import io.itwincontracts.sandbox.internal.state.SandboxData;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The list in {@link RequestPipeline#steps} is the order a request meets the checks in, and the only one. */
class RequestPipelineTest {
  private static SandboxState state() {
    return SandboxState.of(SandboxData.defaults(), Clock.systemUTC());
  }

  @Test
  void stepsRunInTheirListedOrderHeadersRouteCallerLimitPermissionsBody() {
    RequestPipeline pipeline = new RequestPipeline(state(), RateLimit.perSecond(10), new ResponseLedger());

    assertThat(pipeline.stepOrder()).containsExactly(HeaderSyntaxCheck.class, RouteMatching.class,
        Authentication.class, RateLimiting.class, PermissionCheck.class, PageRules.class);
  }

  @Test
  void rateLimitStepIsLeftOutWhenThereIsNoLimit() {
    RequestPipeline pipeline = new RequestPipeline(state(), null, null);

    assertThat(pipeline.stepOrder()).doesNotContain(RateLimiting.class).hasSize(5);
  }
}
