package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar itwin-contracts.jar} as a user runs it: a plain run is handed to the launcher beside the jar (its
 * classes then come from the class-data archive, in a second JVM), with the same input, output and exit code; a run
 * with a JVM option of the user's stays in that JVM. Which JVM loaded what is read from each JVM's class-loading log
 * ({@code JDK_JAVA_OPTIONS} reaches both JVMs and is not one of the command line's options).
 */
class JavaJarIT {
  private static final Path JAR = Path.of("target", "itwin-contracts.jar");
  private static final String VALID = "{\"name\": \"Dev\", \"systemId\": \"dev_sql\", \"systemType\": \"EDF.Sql\","
      + " \"credentials\": {\"Password\": \"x\"}}";
  private static final String COMMAND_CLASS = "io.itwincontracts.cli.ValidateCommand";

  @TempDir
  Path logs;

  @Test
  void aPlainRunIsHandedToTheLauncherAndItsClassesComeFromTheArchive() throws Exception {
    Run run = run(List.of(), VALID);

    assertThat(run.exitCode).as(run.output).isZero();
    assertThat(run.output).contains("1 valid, 0 invalid");
    List<String> jvms = classLoadingLogs();
    assertThat(jvms).as("this JVM and the launched one").hasSize(2);
    assertThat(jvms).filteredOn(log -> log.contains(COMMAND_CLASS + " source: shared objects file")).hasSize(1);
    assertThat(jvms).filteredOn(log -> log.contains(COMMAND_CLASS + " source:")).as("the command ran once").hasSize(1);
  }

  @Test
  void theLaunchedRunsExitCodeComesBack() throws Exception {
    Run run = run(List.of(), "{\"name\": 5}");

    assertThat(run.exitCode).as(run.output).isEqualTo(ExitCode.INVALID);
    assertThat(run.output).contains("/name: integer found, string expected");
    assertThat(classLoadingLogs()).hasSize(2);
  }

  @Test
  void aRunWithAJvmOptionOfTheUsersStaysInItsJvm() throws Exception {
    Run run = run(List.of("-Xmx256m"), VALID);

    assertThat(run.exitCode).as(run.output).isZero();
    List<String> jvms = classLoadingLogs();
    assertThat(jvms).hasSize(1);
    assertThat(jvms.get(0)).contains(COMMAND_CLASS + " source: file:").doesNotContain("shared objects file (top)");
  }

  @Test
  void stoppingTheJvmStopsTheLaunchedOne() throws Exception {
    // a server that takes connections and never answers: the launched verify waits its 10 s for every request
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Process java = javaJar(List.of(), "verify", "--base-url", "http://127.0.0.1:" + silent.getLocalPort(),
          "--operation", "listSystems").start();
      assertStopsWithIt(java);
    }
  }

  private static void assertStopsWithIt(Process java) throws Exception {
    ProcessHandle launched = null;
    try {
      launched = awaitDescendant(java, Duration.ofSeconds(30));

      java.destroy();

      assertThat(java.waitFor(30, TimeUnit.SECONDS)).as("this JVM stopped").isTrue();
      // within the hook's grace for a polite stop (5 s) and before the launched verify's first request times out (10 s)
      assertThat(launched.onExit().get(8, TimeUnit.SECONDS).isAlive()).as("the launched JVM stopped").isFalse();
    } finally {
      if (launched != null) {
        launched.destroyForcibly(); // an orphan is no descendant any more
      }
      java.destroyForcibly();
    }
  }

  private Run run(List<String> jvmOptions, String payload) throws IOException, InterruptedException {
    Process java = javaJar(jvmOptions, "validate", "--operation", "createSystem", "--request", "-")
        .redirectErrorStream(true).start();
    java.getOutputStream().write(payload.getBytes(StandardCharsets.UTF_8));
    java.getOutputStream().close();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(java.exitValue(), output);
  }

  private ProcessBuilder javaJar(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + logs.resolve("load-%p.log"));
    builder.environment().remove("ITWIN_CONTRACTS_OPTS");
    return builder;
  }

  private List<String> classLoadingLogs() throws IOException {
    try (Stream<Path> files = Files.list(logs)) {
      List<String> contents = new ArrayList<>();
      for (Path file : files.filter(file -> file.getFileName().toString().startsWith("load-")).toList()) {
        contents.add(Files.readString(file));
      }
      return contents;
    }
  }

  private static ProcessHandle awaitDescendant(Process java, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> launched = java.descendants().filter(ProcessHandle::isAlive).findFirst();
      if (launched.isPresent()) {
        return launched.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no JVM was launched within " + limit);
  }

  private record Run(int exitCode, String output) {}
}
