package io.itwincontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke: every benchmark once, in this JVM, with 100 ms iterations, a 1 s load run at 4 connections and a
 * 2 MiB heap probe; the build timing is left out (it would start Maven inside Maven). It proves the benchmarks
 * still run and produce a number (table in target/performance-smoke.md); its figures are not to be quoted.
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
        .anyMatch(b -> b.contains("`ContractValidationFeature`"));
    assertThat(figures).hasSize(6 + 2 + 4 + 2 + 1);
    assertThat(figures).allSatisfy(figure -> {
      assertThat(figure.value()).as(figure.benchmark()).isPositive().isFinite();
      assertThat(figure.baseline()).as(figure.benchmark()).isPositive().isFinite();
    });
    assertThat(table).contains("| benchmark | measured | baseline (same run) | ratio |").contains("cores");
  }
}
