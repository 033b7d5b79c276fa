package io.itwincontracts.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a user waits for before the first answer, against the floor of the same run: the sandbox embedded in a
 * test's JVM (its first start, then a second one) against bare Jetty embedded the same way, and the CLI validating
 * one small payload through its launcher against a JVM that only prints its version.
 */
final class StartFigures {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private StartFigures() {}

  static List<Figure> measure(RunSettings settings, Path project, Path work) throws IOException, InterruptedException {
    Files.createDirectories(work);
    List<Figure> figures = new ArrayList<>();
    EmbeddedStartMeasurement.Starts[] embedded =
        EmbeddedStartMeasurement.measure(settings.startRuns(), work.resolve("embedded-start.log"));
    String runs = "median of " + settings.startRuns() + " fresh JVMs";
    figures.add(Figure.atMost("embedded sandbox (`Sandbox.builder()...start()`) start → first answer, first in a fresh "
        + "JVM, vs bare Jetty embedded the same way", embedded[0].first(), embedded[1].first(), "ms", 1.3, runs));
    figures.add(within("embedded sandbox start → first answer, a second start in the same JVM (every later test "
        + "class), vs bare Jetty's", embedded[0].second(), embedded[1].second(), 100, runs));

    Path cli = project.resolve("cli/target");
    Path payload = project.resolve("validator/src/test/resources/payloads/create-system.json");
    List<String> validate = List.of("validate", "--operation", "createSystem", "--request", payload.toString());
    List<String> launcher = Files.isExecutable(cli.resolve("itwin-contracts"))
        ? List.of(cli.resolve("itwin-contracts").toString()) : List.of(JAVA, "-jar", cli.resolve("itwin-contracts.jar").toString());
    List<String> plainJar = List.of(JAVA, "-jar", cli.resolve("itwin-contracts.jar").toString());
    double[] wall = CommandTimer.medians(List.of(concat(launcher, validate), concat(plainJar, validate),
        List.of(JAVA, "-version")), settings.startRuns(), project, work.resolve("cli.log"));
    figures.add(within("CLI validates one small payload (`" + (launcher.size() == 1 ? "cli/target/itwin-contracts" : "java -jar")
        + " validate`), wall, vs `java -version`", wall[0], wall[2], 400, "median of " + settings.startRuns()));
    figures.add(within("CLI validates one small payload (`java -jar itwin-contracts.jar validate`, which hands the run "
        + "to the launcher beside the jar), wall, vs `java -version`", wall[1], wall[2], 600,
        "median of " + settings.startRuns()));
    return figures;
  }

  /** A figure whose target is absolute (the issue's): at most {@code limitMillis}. */
  private static Figure within(String benchmark, double millis, double baselineMillis, int limitMillis, String note) {
    return new Figure(benchmark, millis, baselineMillis, "ms", "≤ " + limitMillis + " ms", millis <= limitMillis, note);
  }

  private static List<String> concat(List<String> head, List<String> tail) {
    return Stream.concat(head.stream(), tail.stream()).toList();
  }
}
