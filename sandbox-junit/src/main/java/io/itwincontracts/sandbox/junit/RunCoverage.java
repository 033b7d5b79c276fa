package io.itwincontracts.sandbox.junit;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.coverage.ApiCoverage;
import io.itwincontracts.validator.coverage.CoverageGate;
import java.util.List;
import java.util.Optional;

/**
 * The API coverage of every {@code @SandboxTest} class of this test run (this JVM: one Surefire fork), judged by
 * the gate of the JUnit Platform configuration ({@code itwin.coverage.minimum}, ...) when the run ends: below it,
 * the run fails with what is missing. Forks are judged each on its own; the merged files of all of them are judged
 * by {@code itwin-contracts coverage --merge DIR --minimum ...}.
 */
final class RunCoverage implements AutoCloseable {
  private final CoverageGate gate;
  private ApiCoverage coverage = new ApiCoverage(List.of());

  RunCoverage(Optional<CoverageGate> gate) {
    this.gate = gate.orElse(null);
  }

  synchronized void add(ApiCoverage classCoverage) {
    coverage = coverage.merge(classCoverage);
  }

  @Override
  public synchronized void close() {
    if (gate != null) {
      gate.failure(coverage.matrix(ContractValidator.bundled())).ifPresent(failure -> {
        throw new AssertionError(failure);
      });
    }
  }
}
