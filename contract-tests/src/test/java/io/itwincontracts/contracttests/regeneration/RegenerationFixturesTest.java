package io.itwincontracts.contracttests.regeneration;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.speccheck.SpecFiles;
import io.itwincontracts.speccheck.ContractDiff;
import io.itwincontracts.speccheck.SpecChange;
import io.itwincontracts.speccheck.JavaApiChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec edits with known outcomes (regeneration/fixtures.txt), each applied to a copy of the released baseline: the wire
 * classification and the generated Java API of the client and the stubs must be exactly what the fixture states, so a
 * check that misses a break (a false negative) fails here. The matrix is written to target/regeneration-matrix.md.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(GeneratorSettings.GENERATOR)
class RegenerationFixturesTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final Path BASELINE = PROJECT.resolve("openapi/baseline");
  private static final List<GeneratorSettings> MODULES =
      List.of(GeneratorSettings.client(PROJECT), GeneratorSettings.serverStubs());
  private static final Map<String, Path> RELEASED_CLASSES = new HashMap<>();
  private static final List<String> MATRIX = new ArrayList<>();

  @TempDir
  static Path work;

  static Stream<SpecEdit> fixtures() throws IOException {
    return Files.readAllLines(Path.of("src/test/resources/regeneration/fixtures.txt")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).map(SpecEdit::parse);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void editHasItsKnownWireAndJavaApiOutcome(SpecEdit edit) throws IOException {
    Path edited = Files.createDirectories(work.resolve(edit.id()).resolve("specs"));
    for (Path spec : SpecFiles.list(BASELINE)) {
      Files.copy(spec, edited.resolve(spec.getFileName()));
    }
    edit.applyTo(edited);

    List<SpecChange> wire = ContractDiff.compare(BASELINE.resolve(edit.api() + ".yaml"),
        edited.resolve(edit.api() + ".yaml")).changes();
    Outcome wireOutcome = Outcome.of(wire, SpecChange::level, change -> change.rule().id());
    List<String> row = new ArrayList<>(List.of(edit.id(), wireOutcome.toString()));
    Map<String, Outcome> java = new HashMap<>();
    for (GeneratorSettings settings : MODULES) {
      Path classes = new InProcessGenerator(settings).generateAndCompile(edited, edit.api(),
          work.resolve(edit.id()).resolve(settings.module()));
      List<JavaApiChange> changes = GeneratedClasses.compare(settings, released(settings, edit.api()), classes);
      java.put(settings.module(), Outcome.of(changes, JavaApiChange::level, JavaApiChange::rule));
      row.add(java.get(settings.module()).toString());
    }
    MATRIX.add("| " + String.join(" | ", row) + " |");

    assertThat(wireOutcome.matches(edit.wire())).as("%s wire: %s, expected %s; %s", edit, wireOutcome, edit.wire(), wire)
        .isTrue();
    for (GeneratorSettings settings : MODULES) {
      Outcome outcome = java.get(settings.module());
      assertThat(outcome.matches(edit.expected(settings.module())))
          .as("%s %s Java API: %s, expected %s", edit, settings.module(), outcome, edit.expected(settings.module()))
          .isTrue();
    }
  }

  private static Path released(GeneratorSettings settings, String api) {
    return RELEASED_CLASSES.computeIfAbsent(settings.module() + "/" + api, key -> new InProcessGenerator(settings)
        .generateAndCompile(BASELINE, api, work.resolve("released").resolve(key)));
  }

  @AfterAll
  static void writeMatrix() throws IOException {
    List<String> lines = new ArrayList<>(List.of("| edit | wire | client Java API | server-stubs Java API |",
        "|---|---|---|---|"));
    lines.addAll(MATRIX.stream().sorted().toList());
    Files.write(Path.of("target/regeneration-matrix.md"), lines);
  }
}
