package io.itwincontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The CI smoke: every benchmark once, in this JVM, with 50 ms iterations, a short load run at 4 connections and a
 * 2 MiB heap probe, one embedded start and one CLI run each, and one short round of the process comparison with
 * the sandbox and bare Jetty (no peer is installed outside the full run); the build timing is left out (it would
 * start Maven inside Maven). It proves the benchmarks still run and produce a number (tables in
 * target/performance-smoke*.md, chart beside them), and that no server in them answered a status its request should
 * not get (those never count as throughput); its figures are not to be quoted. The benchmarks run in this JVM and
 * those that start processes run side by side: each half alone leaves a core idle, and the smoke times nothing it
 * states.
 */
@Execution(ExecutionMode.CONCURRENT)
class BenchmarkSmokeIT {
  private static final List<Figure> FIGURES = new CopyOnWriteArrayList<>();

  @Test
  void theBenchmarksInThisJvmRunOnceAndYieldAFigureWithItsBaseline() throws Exception {
    PerformanceReport report = new PerformanceReport(RunSettings.smokeRun(), Path.of("..").toAbsolutePath());

    String table = report.run(Set.of("validation", "client", "checks", "load", "coverage", "heap"), markdown -> { });
    Files.writeString(Path.of("target", "performance-smoke.md"), table);
    FIGURES.addAll(report.figures());

    assertThat(report.figures()).extracting(Figure::benchmark).anyMatch(b -> b.startsWith("validate createSystem"))
        .anyMatch(b -> b.contains("10,000-item")).anyMatch(b -> b.startsWith("generated client createSystem"))
        .anyMatch(b -> b.startsWith("generated client listSystems")).anyMatch(b -> b.startsWith("sandbox throughput"))
        .anyMatch(b -> b.startsWith("live heap")).anyMatch(b -> b.startsWith("client createSystem with contract checks"))
        .anyMatch(b -> b.contains("`ContractValidationFeature`"))
        .anyMatch(b -> b.startsWith("client createSystem OFF plus the STRICT checks' own work"))
        .anyMatch(b -> b.startsWith("generated client listSystems vs raw `HttpClient`, same JVM, alternating blocks"))
        .anyMatch(b -> b.startsWith("client listSystems with contract checks STRICT vs OFF, same JVM"))
        .anyMatch(b -> b.startsWith("sandbox throughput recording API coverage vs not"));
    assertFiguresAndNoUnexpectedAnswers(report);
    assertThat(table).contains("| benchmark | measured | baseline (same run) | ratio |").contains("cores");
  }

  @Test
  void theBenchmarksThatStartProcessesRunOnceAndYieldAFigureWithItsBaseline() throws Exception {
    PerformanceReport report = new PerformanceReport(RunSettings.smokeRun(), Path.of("..").toAbsolutePath());

    String table = report.run(Set.of("starts", "peers"), markdown -> { });
    Files.writeString(Path.of("target", "performance-smoke-processes.md"), table);
    FIGURES.addAll(report.figures());

    assertThat(report.figures()).extracting(Figure::benchmark).anyMatch(b -> b.startsWith("embedded sandbox"))
        .anyMatch(b -> b.startsWith("CLI validates")).anyMatch(b -> b.startsWith("sandbox process"))
        .anyMatch(b -> b.startsWith("sandbox warm throughput, 16 connections, PUT"));
    assertFiguresAndNoUnexpectedAnswers(report);
    assertThat(table).contains("| figure | sandbox |").contains("bare Jetty |");
    assertThat(Files.readString(report.chart())).startsWith("<svg").contains("sandbox").contains("bare Jetty");
  }

  @AfterAll
  static void everyBenchmarkYieldedItsFigures() {
    // 11 before; the contract checks add 4 figures, the start-up, CLI, warm-load and RSS figures 9, the same-JVM pairs
    // 4, API coverage's cost 1
    assertThat(FIGURES).hasSize(6 + 2 + 2 + 1 + 4 + 9 + 4 + 1);
  }

  private static void assertFiguresAndNoUnexpectedAnswers(PerformanceReport report) {
    assertThat(report.unexpectedResponses()).as("unexpected statuses and I/O errors of the load and peer runs").isZero();
    assertThat(report.figures()).isNotEmpty().allSatisfy(figure -> {
      assertThat(figure.value()).as(figure.benchmark()).isPositive().isFinite();
      assertThat(figure.baseline()).as(figure.benchmark()).isPositive().isFinite();
    });
  }
}
