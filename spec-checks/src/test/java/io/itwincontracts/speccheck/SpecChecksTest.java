package io.itwincontracts.speccheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.testkit.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecChecksTest {
  @TempDir
  Path changelog;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void unparseableContractStopsAtTheParseStageBeforeLintOrGate() {
    assertThatThrownBy(() -> SpecChecks.run(dir("broken/dangling-ref"), dir("gate/released"), changelog, CompatibilityPolicy.STRICT, out))
        .isInstanceOf(ContractRejected.class)
        .hasMessageStartingWith("the contract does not parse:\n")
        .hasMessageContaining("points to nothing: common.yaml has no /components/responses/Unauthorised");
    assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("lint violation");
    assertThat(changelog).isEmptyDirectory();
  }

  @Test
  void lintViolationsStopTheChecksListingEveryOneBeforeTheGate() {
    assertThatThrownBy(() -> SpecChecks.run(dir("lint"), dir("gate/released"), changelog, CompatibilityPolicy.STRICT, out))
        .isInstanceOf(ContractRejected.class)
        .hasMessageStartingWith("spec lint violation(s):\n")
        .hasMessageContaining("missing-operation-id.yaml: /paths/~1widgets/post: operation has no operationId")
        .hasMessageContaining("[retry-after]")
        .hasMessageNotContaining("clean.yaml");
    assertThat(changelog).isEmptyDirectory();
  }

  @Test
  void breakingChangeStopsTheChecksWithOneLinePerChangeAndWritesTheChangelog() {
    assertThatThrownBy(() -> SpecChecks.run(dir("gate/breaking"), dir("gate/released"), changelog, CompatibilityPolicy.STRICT, out))
        .isInstanceOf(ContractRejected.class)
        .hasMessageStartingWith("breaking change(s) against the released contract:\n")
        .hasMessageContaining("ERROR widgets createWidget (POST /widgets) request body /name: "
            + "maxLength changed from 100 to 50: values valid before are rejected [project:values-changed]")
        .hasMessageContaining("raise info.version to 2.0.0");
    assertThat(changelog.resolve("widgets.md")).content().contains("**1 ERROR, 0 WARN, 0 INFO**")
        .contains("- **ERROR** `createWidget (POST /widgets) request body /name`");
    assertThat(changelog.resolve("widgets.html")).content().contains("<td class=\"level error\">ERROR</td>");
  }

  @Test
  void compatibleContractPassesEveryStage() {
    assertThatCode(() -> SpecChecks.run(dir("gate/major"), dir("gate/released"), changelog, CompatibilityPolicy.STRICT, out))
        .doesNotThrowAnyException();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("widgets.yaml: 0 lint violation(s)");
  }

  private static Path dir(String name) {
    return TestFiles.path(name);
  }
}
