package io.itwincontracts.sandbox.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.sandbox.RateLimit;
import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.state.SandboxData;
import io.itwincontracts.sandbox.internal.state.SandboxState;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Clock;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The list in {@link RequestPipeline#steps} is the order Jersey runs the request filters in, and the only one. */
class RequestPipelineTest {
  private final RequestPipeline pipeline = new RequestPipeline(
      SandboxState.of(SandboxData.defaults(), Clock.systemUTC()), RateLimit.perSecond(10), new ResponseLedger());

  @Test
  void requestFiltersGetRisingPrioritiesInTheirListedOrder() {
    ResourceConfig application = pipeline.application(Api.EDFS);
    List<Integer> priorities = requestFilters().stream()
        .map(filter -> application.getConfiguration().getContracts(filter).get(ContainerRequestFilter.class))
        .toList();

    assertThat(requestFilters()).hasSize(4);
    assertThat(priorities).doesNotContainNull().doesNotHaveDuplicates().isSorted();
  }

  @Test
  void preMatchingFiltersAreListedFirstBecauseJerseyRunsThemBeforeAnyOther() {
    List<Boolean> preMatching = requestFilters().stream().map(f -> f.isAnnotationPresent(PreMatching.class)).toList();

    assertThat(preMatching).containsExactly(true, false, false, false);
  }

  @Test
  void theContractChecksComeAfterThePermissionsAndTheResponseChecksLast() {
    List<Object> steps = pipeline.steps(Api.EDFS);
    int permissions = steps.indexOf(steps.stream().filter(PermissionFilter.class::isInstance).findFirst().orElseThrow());

    assertThat(steps.get(permissions + 1)).isEqualTo(new RequestPipeline.ContractStep(false));
    assertThat(steps.indexOf(new RequestPipeline.ContractStep(true)))
        .isGreaterThan(steps.indexOf(steps.stream().filter(OptionsRefusal.class::isInstance).findFirst().orElseThrow()));
  }

  @Test
  void noStepCarriesAPriorityOfItsOwn() {
    assertThat(pipeline.steps(Api.EDFS)).noneMatch(step -> step.getClass().isAnnotationPresent(Priority.class));
  }

  private List<Class<?>> requestFilters() {
    return pipeline.steps(Api.EDFS).stream().filter(ContainerRequestFilter.class::isInstance)
        .<Class<?>>map(Object::getClass).toList();
  }
}
