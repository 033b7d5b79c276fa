package com.example.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.coverage.ApiCoverage;
import io.itwincontracts.validator.coverage.CoverageEntry;
import io.itwincontracts.validator.coverage.CoverageMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after both forks: their classes' coverage files merge into one report whose figures are what the tests
 * counted themselves; the report is written as a team would publish it.
 */
class MergedCoverageCheck {
  private static final Path COVERAGE = Path.of("target/itwin-contracts/coverage");

  @Test
  void theMergedFilesOfBothForksMatchWhatTheTestsCounted() throws Exception {
    List<String> expected;
    try (Stream<Path> files = Files.list(Path.of("target/expected"))) {
      expected = files.sorted().flatMap(MergedCoverageCheck::lines).toList();
    }
    assertThat(expected.stream().filter(line -> line.startsWith("pid ")).distinct())
        .as("the classes ran in two forks").hasSize(2);
    Map<String, Long> counted = expected.stream().filter(line -> !line.startsWith("pid "))
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));

    try (Stream<Path> files = Files.list(COVERAGE)) {
      assertThat(files).as("one file per class").hasSize(4);
    }
    ApiCoverage merged = ApiCoverage.read(List.of(COVERAGE));
    Map<String, Long> answered = merged.entries().stream().filter(e -> e.source().equals("sandbox"))
        .collect(Collectors.groupingBy(e -> e.operationId() + " " + e.status(), TreeMap::new,
            Collectors.summingLong(CoverageEntry::count)));
    assertThat(answered).isEqualTo(counted);

    CoverageMatrix matrix = merged.matrix(ContractValidator.bundled());
    matrix.writeHtml(Path.of("target/itwin-contracts/coverage.html"));
    matrix.writeJson(Path.of("target/itwin-contracts/coverage.json"));
    System.out.print(matrix.summary());
    assertThat(matrix.exercisedStatuses()).isEqualTo(6);
    assertThat(matrix.faultOnlyStatuses()).as("listSystems 429").isEqualTo(1);
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
