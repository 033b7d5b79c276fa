package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seed} as a user runs it: the data file, what it cannot hold, drift, and a recording that is not one. */
class SeedCommandTest {
  private static final Path RECORDINGS = Path.of("src/test/resources/recordings");
  private final CliRun cli = new CliRun();

  @TempDir
  Path directory;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void writesTheDataFileAndSaysWhatItCannotHold() throws Exception {
    Path data = directory.resolve("tenant.json");

    int exit = run("seed", "--from", RECORDINGS.resolve("tenant.ndjson").toString(), "--out", data.toString());

    assertThat(exit).as(cli.err()).isZero();
    assertThat(cli.out()).contains("seed: 10 exchanges -> " + data + ": 1 iTwins, 3 systems, 1 manifest connections")
        .contains("not held: 1 × a user and its permissions");
    assertThat(Files.readString(data)).contains("\"systemId\" : \"keikaku\"", "\"authenticationType\" : \"Service\"");
  }

  @Test
  void aBodyThatDoesNotConformIsReportedAsDriftAndExitsOne() throws Exception {
    Path examples = directory.resolve("examples");

    int exit = run("seed", "--from", RECORDINGS.resolve("drift.ndjson").toString(), "--out",
        directory.resolve("tenant.json").toString(), "--examples", examples.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out()).contains("DRIFT " + RECORDINGS.resolve("drift.ndjson") + " line 2: createSystem response 201: "
        + "/colour: property 'colour' is not defined in the schema");
    assertThat(examples.resolve("listSystems/200-1.json")).exists();
  }

  @Test
  void aTruncatedRecordingExitsTwoNamingTheLineAndWritesNothing() {
    Path data = directory.resolve("tenant.json");
    Path truncated = RECORDINGS.resolve("truncated.ndjson");

    int exit = run("seed", "--from", truncated.toString(), "--out", data.toString(), "--examples",
        directory.resolve("examples").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains(truncated + " line 2: not JSON");
    assertThat(data).doesNotExist();
    assertThat(directory.resolve("examples")).doesNotExist();
  }
}
