package io.itwincontracts.speccheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.speccheck.internal.changelog.Changelog;
import io.itwincontracts.speccheck.Level;
import io.itwincontracts.testkit.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedApiGateTest {
  private static final JavaApiChange REMOVED = new JavaApiChange("client", "widgets", "x.widgets.WidgetsApi",
      "createWidget(Widget)", "method removed: code calling it no longer compiles", Level.ERROR, "java:removed");
  private static final JavaApiChange ADDED = new JavaApiChange("client", "widgets", "x.widgets.WidgetsApi",
      "addWidget(Widget)", "method added", Level.INFO, "java:added");

  @TempDir
  Path changelog;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final GeneratedApiGate gate =
      new GeneratedApiGate(new PrintStream(printed, true, StandardCharsets.UTF_8), "client");

  @Test
  void breakingJavaApiChangeThatKeepsTheMajorVersionBlocksWithOneLinePerBreak() {
    List<String> blocking = gate.judge(List.of(REMOVED, ADDED), released(), released(), new Changelog(changelog));

    assertThat(blocking).containsExactly(
        "ERROR client widgets x.widgets.WidgetsApi#createWidget(Widget): method removed: code calling it no longer"
            + " compiles [java:removed]",
        "client widgets: 1 breaking Java API change(s) for code compiled against 1.0.0. Undo them, or release a new"
            + " major version: raise info.version to 2.0.0");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("INFO client widgets x.widgets.WidgetsApi#addWidget");
  }

  @Test
  void breakingJavaApiChangeIsAllowedWhenTheSpecRaisesItsMajorVersion() {
    List<String> blocking = gate.judge(List.of(REMOVED), released(), TestFiles.path("gate/major"),
        new Changelog(changelog));

    assertThat(blocking).isEmpty();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("client widgets: 1 breaking Java API change(s), allowed: info.version goes from 1.0.0 to 2.0.0");
  }

  @Test
  void everyFindingJoinsTheApisChangelogPageInItsModulesSection() {
    gate.judge(List.of(REMOVED, ADDED), released(), released(), new Changelog(changelog));

    assertThat(changelog.resolve("widgets.md")).content().contains("## Generated Java API: client")
        .contains("**1 ERROR, 0 WARN, 1 INFO**")
        .contains("- **ERROR** `x.widgets.WidgetsApi#createWidget(Widget)`: method removed");
    assertThat(changelog.resolve("widgets.html")).content().contains("<h2>Generated Java API: client</h2>");
  }

  private static Path released() {
    return TestFiles.path("gate/released");
  }
}
