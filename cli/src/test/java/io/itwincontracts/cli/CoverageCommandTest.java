package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverage} as a user runs it: merge, the pages it writes, the gate's exit code and message. */
class CoverageCommandTest {
  private static final String MODULE_A = "src/test/resources/coverage/module-a";
  private static final String MODULE_B = "src/test/resources/coverage/module-b";
  private final CliRun cli = new CliRun();

  @TempDir
  Path directory;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void mergesDirectoriesPrintsTheTotalsAndWritesTheMatrix() throws Exception {
    Path html = directory.resolve("report/coverage.html");
    Path json = directory.resolve("report/coverage.json");

    int exit = run("coverage", "--merge", MODULE_A, MODULE_B, "--html", html.toString(), "--json", json.toString());

    assertThat(exit).as(cli.err()).isZero();
    assertThat(cli.out()).contains("API coverage: 4 of ").contains("1 only through injected faults")
        .containsPattern("createSystem\\s+2 of 16   never: 401, 403, 422");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<table id=\"matrix\"");
    assertThat(Files.readString(json)).contains("\"exercisedStatuses\" : 4")
        .containsPattern("\"429\" : \\{\\s+\"state\" : \"FAULT_ONLY\"");
  }

  @Test
  void belowTheGateItExitsOneNamingWhatIsMissing() {
    int exit = run("coverage", "--merge", MODULE_A, MODULE_B, "--minimum", "0.5", "--require", "createSystem:409,*:429");

    assertThat(exit).isEqualTo(1);
    assertThat(cli.err()).startsWith("API coverage is below its gate:")
        .contains("statuses exercised: 4 of ").contains("the minimum is 50.0%")
        .contains("required but never reached: createRepositoryResource 429")
        .doesNotContain("required but never reached: createSystem 409")
        .contains("addPackageRoleAssignments: 200, 401, 403");
  }

  @Test
  void aBrokenFileExitsTwoNamingItAndWritesNothing() throws Exception {
    Path broken = Files.writeString(directory.resolve("broken.json"), "{\"format\": \"itwin-contracts-coverage/1\",\n\"entries\": [");
    Path html = directory.resolve("coverage.html");

    int exit = run("coverage", "--merge", MODULE_A, broken.toString(), "--html", html.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains(broken + " line 2: not JSON");
    assertThat(html).doesNotExist();
  }

  @Test
  void aRequiredStatusTheSpecDoesNotListIsAUsageError() {
    assertThat(run("coverage", "--merge", MODULE_A, "--require", "createSystem:418")).isEqualTo(2);
    assertThat(cli.err()).contains("\"createSystem:418\" is not listed");
  }
}
