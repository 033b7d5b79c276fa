package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which runs are handed to the launcher beside the jar, and which beside-the-jar files make it fit. */
class LauncherHandOffTest {
  private static final List<String> JDK = List.of("/opt/jdk-17", "17.0.15+6");

  @TempDir
  Path directory;

  @ParameterizedTest(name = "java {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "-jar itwin-contracts.jar validate --operation createSystem --request a.json | true",
      "-jar /opt/cli/itwin-contracts.jar --version                                  | true",
      "-jar itwin-contracts.jar                                                     | true",
      "-jar itwin-contracts.jar verify --base-url http://127.0.0.1:1                | true",
      "-jar itwin-contracts.jar validate -Xmx1g                                     | true",
      "-jar itwin-contracts.jar proxy --target http://127.0.0.1:1                   | false",
      "-Xmx256m -jar itwin-contracts.jar validate a.json                            | false",
      "-agentlib:jdwp=transport=dt_socket,server=y -jar itwin-contracts.jar operations | false",
      "-Dkey=value -jar itwin-contracts.jar operations                              | false",
      "-cp itwin-contracts.jar io.itwincontracts.cli.ItwinContractsCli validate     | false",
      "-jar                                                                         | false"})
  void handsOffOnlyAPlainJavaJarRunThatEnds(String processArguments, boolean expected) {
    List<String> process = List.of(processArguments.trim().split(" +"));
    int jar = process.indexOf("-jar");
    String[] args = jar >= 0 && process.size() > jar + 2
        ? process.subList(jar + 2, process.size()).toArray(String[]::new) : new String[0];

    assertThat(LauncherHandOff.handsOff(process, args)).isEqualTo(expected);
  }

  @Test
  void withoutAProcessArgumentListItRunsHere() {
    assertThat(LauncherHandOff.handsOff(List.of(), "validate")).isFalse();
  }

  @Test
  void fitsWhenTheLauncherAndAnArchiveOfThisJdkAreBesideTheJar() throws IOException {
    besideTheJar(true, true, JDK);

    assertThat(LauncherHandOff.fits(directory, JDK)).isTrue();
  }

  @Test
  void anArchiveOfAnotherJdkDoesNotFit() throws IOException {
    besideTheJar(true, true, List.of("/opt/jdk-17", "17.0.13+11"));

    assertThat(LauncherHandOff.fits(directory, JDK)).isFalse();
    besideTheJar(true, true, List.of("/usr/lib/jvm/java-17", "17.0.15+6"));
    assertThat(LauncherHandOff.fits(directory, JDK)).isFalse();
  }

  @Test
  void withoutAnArchiveItDoesNotFit() throws IOException {
    besideTheJar(true, false, JDK);

    assertThat(LauncherHandOff.fits(directory, JDK)).isFalse();
  }

  @Test
  void aLauncherThatCannotBeRunDoesNotFit() throws IOException {
    besideTheJar(false, true, JDK);

    assertThat(LauncherHandOff.fits(directory, JDK)).isFalse();
  }

  @Test
  void withoutTheRecordOfTheArchivesJdkItDoesNotFit() throws IOException {
    besideTheJar(true, true, JDK);
    Files.delete(directory.resolve(LauncherHandOff.ARCHIVE_JDK));

    assertThat(LauncherHandOff.fits(directory, JDK)).isFalse();
  }

  @Test
  void thisJdkIsItsHomeAndVmVersion() {
    assertThat(LauncherHandOff.thisJdk())
        .containsExactly(System.getProperty("java.home"), System.getProperty("java.vm.version"));
  }

  private void besideTheJar(boolean executableLauncher, boolean archive, List<String> madeBy) throws IOException {
    Path launcher = directory.resolve(LauncherHandOff.LAUNCHER);
    Files.writeString(launcher, "#!/bin/sh\n");
    String permissions = executableLauncher ? "rwxr-xr-x" : "rw-r--r--";
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString(permissions));
    if (archive) {
      Files.write(directory.resolve(LauncherHandOff.ARCHIVE), new byte[] {1});
    }
    Files.write(directory.resolve(LauncherHandOff.ARCHIVE_JDK), madeBy);
  }
}
