package io.itwincontracts.speccheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.TestFiles;
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
  void buildPassesTheSameChangeWhenTheMajorVersionIsRaised() {
    assertThat(gate.check(Path.of(dir("major")), Path.of(dir("released")), changelog)).isEmpty();

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("widgets: 1 breaking change(s), allowed: info.version goes from 1.0.0 to 2.0.0");
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
