package io.itwincontracts.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.validator.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakingChangeGateTest {
  @TempDir
  Path changelog;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final BreakingChangeGate gate = new BreakingChangeGate(new PrintStream(printed, true, StandardCharsets.UTF_8));

  @Test
  void buildFailsOnABreakingChangeInASharedFileWithOneLinePerChange() {
    String[] args = {dir("breaking"), dir("released"), changelog.toString()};

    assertThatThrownBy(() -> BreakingChangeGate.main(args))
        .isInstanceOf(BreakingChangeGate.BreakingChangeException.class)
        .hasMessageContaining("BREAKING widgets createWidget (POST /widgets) request body /name: "
            + "maxLength changed from 100 to 50: values valid before are rejected")
        .hasMessageContaining("raise info.version to 2.0.0");
    assertThat(changelog.resolve("widgets.md")).content().contains("**breaking**");
    assertThat(changelog.resolve("widgets.html")).exists();
  }

  @Test
  void buildPassesTheSameChangeWhenTheMajorVersionIsRaised() {
    assertThat(gate.check(Path.of(dir("major")), Path.of(dir("released")), changelog)).isEmpty();

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("widgets: 1 breaking change(s), allowed: info.version goes from 1.0.0 to 2.0.0");
  }

  @Test
  void bundledSpecsMatchTheirReleasedBaselineAndEveryApiGetsAChangelog() {
    Path openapi = Path.of("..", "openapi");

    assertThat(gate.check(openapi.resolve("src/main/resources/openapi"), openapi.resolve("baseline"), changelog))
        .isEmpty();
    assertThat(changelog).isDirectoryContaining("glob:**/edfs.md").isDirectoryContaining("glob:**/itwins.html")
        .isDirectoryContaining("glob:**/synchronization.md");
  }

  @Test
  void unchangedSpecWithSharedRefsHasNoDifferences() {
    Path released = TestFiles.path("gate/released/widgets.yaml");

    assertThat(ContractDiff.compare(released, released).changes()).isEmpty();
  }

  private static String dir(String name) {
    return TestFiles.path("gate/" + name).toString();
  }
}
