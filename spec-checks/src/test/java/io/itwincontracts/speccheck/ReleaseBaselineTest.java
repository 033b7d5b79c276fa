package io.itwincontracts.speccheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.speccheck.ContractRejected;
import io.itwincontracts.speccheck.SpecFiles;
import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.testkit.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseBaselineTest {
  @TempDir
  Path baseline;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ReleaseBaseline release =
      new ReleaseBaseline(new PrintStream(printed, true, StandardCharsets.UTF_8), CompatibilityPolicy.STRICT);

  @BeforeEach
  void releasedContract() throws IOException {
    for (Path file : SpecFiles.list(TestFiles.path("gate/released"))) {
      Files.copy(file, baseline.resolve(file.getFileName()));
    }
  }

  @Test
  void releasingTheReleasedContractAgainIsANoOpThatSucceeds() throws IOException {
    release.release(TestFiles.path("gate/released"), baseline);

    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("widgets.yaml: unchanged at 1.0.0")
        .contains("nothing to release");
    assertThatBaselineIs("gate/released");
  }

  @Test
  void breakingChangeWithOnlyTheMinorVersionRaisedIsRefusedAndTheBaselineKept() throws IOException {
    assertThatThrownBy(() -> release.release(TestFiles.path("release/breaking-minor-raised"), baseline))
        .isInstanceOf(ContractRejected.class)
        .hasMessageStartingWith("release refused, " + baseline + " is unchanged:\n")
        .hasMessageContaining("ERROR widgets createWidget (POST /widgets) request body /name: maxLength changed")
        .hasMessageContaining("raise info.version to 2.0.0");
    assertThatBaselineIs("gate/released");
  }

  @Test
  void changeThatKeepsTheVersionIsRefused() throws IOException {
    assertThatThrownBy(() -> release.release(TestFiles.path("release/compatible-same-version"), baseline))
        .hasMessageContaining("widgets.yaml: 1 change(s) against the released 1.0.0 but info.version does not increase: "
            + "raise it (the minor or patch part)");
    assertThatBaselineIs("gate/released");
  }

  @Test
  void lowerVersionIsRefused() throws IOException {
    assertThatThrownBy(() -> release.release(TestFiles.path("release/version-lowered"), baseline))
        .hasMessageContaining("widgets.yaml: info.version 0.9.0 is lower than the released 1.0.0");
    assertThatBaselineIs("gate/released");
  }

  @Test
  void compatibleChangeWithARaisedVersionIsReleased() throws IOException {
    release.release(TestFiles.path("release/compatible-minor-raised"), baseline);

    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("widgets.yaml: 1.0.0 → 1.1.0")
        .contains("released 1 file(s)");
    assertThatBaselineIs("release/compatible-minor-raised");
  }

  @Test
  void breakingChangeWithTheMajorVersionRaisedIsReleased() throws IOException {
    release.release(TestFiles.path("gate/major"), baseline);

    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("widgets.yaml: 1.0.0 → 2.0.0");
    assertThatBaselineIs("gate/major");
  }

  private void assertThatBaselineIs(String fixture) throws IOException {
    for (Path file : SpecFiles.list(TestFiles.path(fixture))) {
      assertThat(baseline.resolve(file.getFileName())).hasSameBinaryContentAs(file);
    }
  }
}
