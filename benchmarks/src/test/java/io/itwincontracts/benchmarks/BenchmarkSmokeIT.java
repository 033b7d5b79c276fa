package io.itwincontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke: every benchmark once, in this JVM, with 100 ms iterations, a 1 s load run at 4 connections and a
 * 2 MiB heap probe, one embedded start and one CLI run each, and one short round of the process comparison with
 * the sandbox and bare Jetty (no peer is installed outside the full run); the build timing is left out (it would
 * start Maven inside Maven). It proves the benchmarks still run and produce a number (table in
 * target/performance-smoke.md, chart beside it), and that no server in them answered a status its request should
 * not get (those never count as throughput); its figures are not to be quoted.
 */
class BenchmarkSmokeIT {
  @Test
  void everyBenchmarkRunsOnceAndYieldsAFigureWithItsBaseline() throws Exception {
    PerformanceReport report = new PerformanceReport(RunSettings.smokeRun(), Path.of("..").toAbsolutePath());

    String table = report.run();
    Files.writeString(Path.of("target", "performance-smoke.md"), table);

    List<Figure> figures = report.figures();
    assertThat(figures).extracting(Figure::benchmark).anyMatch(b -> b.startsWith("validate createSystem"))
        .anyMatch(b -> b.contains("10,000-item")).anyMatch(b -> b.startsWith("generated client createSystem"))
        .anyMatch(b -> b.startsWith("generated client listSystems")).anyMatch(b -> b.startsWith("sandbox throughput"))
        .anyMatch(b -> b.startsWith("live heap")).anyMatch(b -> b.startsWith("client createSystem with contract checks"))
        .anyMatch(b -> b.contains("`ContractValidationFeature`")).anyMatch(b -> b.startsWith("embedded sandbox"))
        .anyMatch(b -> b.startsWith("CLI validates")).anyMatch(b -> b.startsWith("sandbox process"))
        .anyMatch(b -> b.startsWith("sandbox warm throughput, 16 connections, PUT"))
        .anyMatch(b -> b.startsWith("client createSystem OFF plus the STRICT checks' own work"))
        .anyMatch(b -> b.startsWith("generated client listSystems vs raw `HttpClient`, same JVM, alternating blocks"))
        .anyMatch(b -> b.startsWith("client listSystems with contract checks STRICT vs OFF, same JVM"))
        .anyMatch(b -> b.startsWith("sandbox throughput recording API coverage vs not"));
    // 11 before; the contract checks add 4 figures, the start-up, CLI, warm-load and RSS figures 9, the same-JVM pairs
    // 4, API coverage's cost 1
    assertThat(figures).hasSize(6 + 2 + 2 + 1 + 4 + 9 + 4 + 1);
    assertThat(report.unexpectedResponses()).as("unexpected statuses and I/O errors of the load and peer runs").isZero();
    assertThat(figures).allSatisfy(figure -> {
      assertThat(figure.value()).as(figure.benchmark()).isPositive().isFinite();
      assertThat(figure.baseline()).as(figure.benchmark()).isPositive().isFinite();
    });
    assertThat(table).contains("| benchmark | measured | baseline (same run) | ratio |").contains("cores")
        .contains("| figure | sandbox |").contains("bare Jetty |");
    assertThat(Files.readString(report.chart())).startsWith("<svg").contains("sandbox").contains("bare Jetty");
  }
}
