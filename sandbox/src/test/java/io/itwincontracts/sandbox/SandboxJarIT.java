package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runnable jar as a user starts it: prints its URL, serves, stops cleanly on SIGTERM; bad options exit 2. */
class SandboxJarIT {
  private static final Path JAR = Path.of("target", "itwin-sandbox.jar");

  @Test
  void startsOnAFreePortPrintsItsUrlAndStopsOnSigterm() throws Exception {
    Process process = start("--port", "0");
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String banner = out.readLine();
      assertThat(banner).startsWith("itwin-sandbox listening on http://127.0.0.1:");
      String baseUrl = banner.split(" ")[3];

      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/edfs/itwins/" + DefaultData.ITWIN + "/systems"))
              .header("Authorization", "Bearer jar-test").GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);

      process.toHandle().destroy();   // SIGTERM; Process.destroy() would also close our end of its output
      String rest = out.lines().collect(Collectors.joining("\n"));
      assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      assertThat(rest).isEqualTo("itwin-sandbox stopped");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void helpExplainsEveryOption() throws Exception {
    Process process = start("--help");
    String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(help).contains("--port", "--data", "--rate-limit", "--admin", "--help");
  }

  @Test
  void theLauncherBesideTheJarMapsTheClassDataArchiveTheBuildMade() throws Exception {
    ProcessBuilder launcher = new ProcessBuilder(Path.of("target", "itwin-sandbox").toString(), "--help");
    launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));   // the JDK the archive was made with
    launcher.environment().put("ITWIN_SANDBOX_OPTS", "-Xlog:class+load=info");
    Process process = launcher.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(out).contains("io.itwincontracts.sandbox.SandboxMain source: shared objects file")
        .contains("picocli.CommandLine source: shared objects file")
        .contains("--port", "--data");
    assertThat(err).isEmpty();
  }

  @Test
  void badOptionsExitTwoWithAMessage() throws Exception {
    assertThat(exitAndError("--rate-limit", "fast")).startsWith("2:").contains("'fast' is not a rate such as 10/s");
    assertThat(exitAndError("--data", "missing.json")).isEqualTo("2:itwin-sandbox: missing.json: no such file");
  }

  private static String exitAndError(String... args) throws Exception {
    Process process = start(args);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() + ":" + err.lines().findFirst().orElse("");
  }

  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }
}
