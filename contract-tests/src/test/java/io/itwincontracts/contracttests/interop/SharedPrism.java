package io.itwincontracts.contracttests.interop;

import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link PrismPlatform} for every suite of the run that needs it, given as a parameter of its {@code @BeforeAll}:
 * started on first use (three Node processes, a few seconds of both cores) and closed when the run ends, since JUnit
 * closes what its root store holds; closing fails the run when a Prism process outlives it.
 */
final class SharedPrism implements ParameterResolver {
  private static final Duration START_LIMIT = Duration.ofSeconds(90);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PrismPlatform.class;
  }

  @Override
  public PrismPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedPrism.class))
        .computeIfAbsent(PrismPlatform.class, type -> start(), PrismPlatform.class);
  }

  private static PrismPlatform start() {
    try {
      return PrismPlatform.start(START_LIMIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Prism started", e);
    } catch (Exception e) {
      throw new IllegalStateException("Prism did not start: " + e.getMessage(), e);
    }
  }
}
