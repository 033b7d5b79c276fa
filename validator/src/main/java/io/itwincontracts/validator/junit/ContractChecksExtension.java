package io.itwincontracts.validator.junit;

import io.itwincontracts.validator.ContractReport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that saw a contract violation, even if its own assertions passed: give it as the listener of the
 * client's checks ({@code ITwinPlatform.builder().contractChecks(REPORT).onContractViolation(checks)}) and of a
 * server's {@code ContractValidationFeature.builder().checkResponses(checks)}; after each test it fails with every
 * report collected during the test, then starts empty.
 *
 * <pre>{@code
 * @RegisterExtension
 * static ContractChecksExtension checks = new ContractChecksExtension();
 * }</pre>
 *
 * <p>A test class's tests share it: run them one at a time (JUnit's default), so each failure names its own test.
 */
public final class ContractChecksExtension implements Consumer<ContractReport>, BeforeEachCallback, AfterEachCallback {
  private final List<ContractReport> reports = new CopyOnWriteArrayList<>();

  /** Creates an extension with nothing collected. */
  public ContractChecksExtension() {}

  /** Collects a report (the listener method; thread-safe, servers call it from their own threads). */
  @Override
  public void accept(ContractReport report) {
    reports.add(report);
  }

  /** What has been collected in the current test so far. */
  public List<ContractReport> reports() {
    return List.copyOf(reports);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reports.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<ContractReport> seen = List.copyOf(reports);
    reports.clear();
    if (!seen.isEmpty()) {
      throw new AssertionError(seen.size() + " message(s) broke the contract during the test:\n"
          + seen.stream().map(report -> "  " + report).collect(Collectors.joining("\n")));
    }
  }
}
