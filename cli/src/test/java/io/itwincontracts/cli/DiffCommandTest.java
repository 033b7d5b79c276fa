package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DiffCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int diff(String released, String edited) {
    CliStreams streams = new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), false);
    return ItwinContractsCli.execute(streams, "diff", released, edited);
  }

  private static String fixture(String name) {
    return TestFiles.path("diff/" + name).toString();
  }

  @Test
  void breakingChangeExitsOneWithALinePerChangeAndHowToRelease() {
    assertThat(diff(fixture("baseline.yaml"), fixture("breaking/narrower-max-length.yaml"))).isEqualTo(1);

    assertThat(out.toString()).isEqualTo("""
        ERROR narrower-max-length createWidget (POST /widgets) request body /name: maxLength changed from 100 to 50: \
        values valid before are rejected [project:values-changed]
        narrower-max-length: 1 breaking change(s) for clients of 1.0.0. Undo them, or release a new major version: \
        raise info.version to 2.0.0 and release the baseline (see README, Change a spec)
        """);
  }

  @Test
  void compatibleChangeExitsZeroAndListsIt() {
    assertThat(diff(fixture("baseline.yaml"), fixture("compatible/added-status.yaml"))).isZero();

    assertThat(out.toString()).isEqualTo("""
        WARN added-status createWidget (POST /widgets) response 409: status added [project:new-status]
        added-status: 1 compatible change(s), none breaking
        """);
  }

  @Test
  void breakingChangeWithARaisedMajorVersionExitsZero() {
    assertThat(diff(fixture("baseline.yaml"), fixture("major/removed-operation-major-raised.yaml"))).isZero();

    assertThat(out.toString()).contains("allowed: info.version goes from 1.0.0 to 2.0.0");
  }

  @Test
  void unreadableInputExitsTwoAndNamesTheFile() {
    assertThat(diff(fixture("baseline.yaml"), fixture("not-a-spec.txt"))).isEqualTo(2);

    assertThat(err.toString()).startsWith("itwin-contracts: ").contains("not-a-spec.txt");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingFileExitsTwoAndNamesTheFile() {
    assertThat(diff(fixture("baseline.yaml"), "no-such.yaml")).isEqualTo(2);

    assertThat(err.toString()).contains("no-such.yaml: no such file");
  }
}
