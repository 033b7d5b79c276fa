package io.itwincontracts.contracttests.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The main job ({@code mvn install -DskipTests}) on a copy of the project with a rejected contract: the reactor stops
 * in the openapi module with the one-line message, before any code is generated, and nothing is installed. The copy
 * builds against a private local repository, never {@code ~/.m2}. Javadoc, source jars and the enforcer's rules are
 * left out of these builds: they run in the modules before openapi and cannot change where the reactor stops, and
 * they were half of each build's time (26 s against 13 s here).
 *
 * <p>The edits are built one after the other in one copy, as a developer who edits a spec and runs the main job
 * again would: the first from a tree that never built, each later one with only its own edit on the pristine spec,
 * in the tree the earlier builds left (the modules before openapi up to date, no stamp of a passed check). One
 * copy and one compile of those modules instead of three: 9.5 s of CPU for a build from scratch, 5.5 s for the
 * next ones.
 */
@Execution(ExecutionMode.CONCURRENT)
class RejectedContractStopsTheBuildTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  static Path work;
  private static Path repository;
  private static Path copy;

  @BeforeAll
  static void layOutPrivateRepositoryAndCopy() {
    repository = PrivateRepository.create(work.resolve("m2"));
    copy = ProjectCopy.of(PROJECT, work.resolve("project"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dangling-ref", "lint-violation", "breaking-change"})
  @Execution(ExecutionMode.SAME_THREAD)
  void mainJobStopsInTheOpenapiModuleAndInstallsNothing(String edit) throws Exception {
    Properties change = load("rejected-contracts/" + edit + ".properties");
    ProjectCopy.restore(PROJECT, copy, change.getProperty("file"));
    ProjectCopy.edit(copy, change);

    Path log = work.resolve(edit + ".log");
    int exit = mvn(copy, log, "install", "-DskipTests", "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true",
        "-Denforcer.skip=true");
    String output = Files.readString(log);

    assertThat(exit).as(output).isNotZero();
    assertThat(output).contains(change.getProperty("expect"))
        .containsPattern("iTwin contracts: spec checks \\.+ SUCCESS")
        .containsPattern("iTwin contracts: OpenAPI specs \\.+ FAILURE")
        .containsPattern("iTwin contracts: Feign client \\.+ SKIPPED")
        .doesNotContain("openapi-generator");
    assertThat(copy.resolve("openapi/target/itwin-contracts-openapi-0.1.0-SNAPSHOT.jar")).doesNotExist();
    assertThat(copy.resolve("client/target")).doesNotExist();
    assertThat(copy.resolve("server-stubs/target")).doesNotExist();
    assertThat(PrivateRepository.holdsProjectArtifacts(repository)).as("installed into the local repository").isFalse();
  }

  private static int mvn(Path directory, Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-Dmaven.repo.local=" + repository));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // the parent pom's JVM options for a Maven the build starts itself, after the caller's own
    builder.environment().merge("MAVEN_OPTS", System.getProperty("short.jvm.opts", ""),
        (own, nested) -> own + " " + nested);
    Process mvn = builder.start();
    if (!mvn.waitFor(5, TimeUnit.MINUTES)) {
      mvn.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
    }
    return mvn.exitValue();
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = RejectedContractStopsTheBuildTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
