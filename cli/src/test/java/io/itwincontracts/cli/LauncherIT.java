package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The launcher as a user runs it: its own JVM options, and the options a user adds in ITWIN_CONTRACTS_OPTS. */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("target", "itwin-contracts");

  @ParameterizedTest(name = "ITWIN_CONTRACTS_OPTS=''{0}''")
  @ValueSource(strings = {"", "-Xmx256m", "-XX:TieredStopAtLevel=4", "-XX:+TieredCompilation -XX:CICompilerCount=3"})
  void startsWithTheUsersOwnJvmOptions(String options) throws IOException, InterruptedException {
    ProcessBuilder launcher = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString(), "--version")
        .redirectErrorStream(true);
    launcher.environment().put("ITWIN_CONTRACTS_OPTS", options);
    Process run = launcher.start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();

    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).as("the version line").isNotBlank().doesNotContain("Could not create the Java Virtual Machine");
  }
}
