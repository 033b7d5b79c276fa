package io.itwincontracts.contracttests.regeneration;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.speccheck.JavaApiChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the fixtures' in-process generation to the build: generated from the contract a module generated from, each
 * API's interfaces and models have exactly the public API of the classes the module's build compiled. A generator
 * option changed in a pom and not in {@link GeneratorSettings} (or the other way) fails here.
 */
// after the other suites: it waits for the generator lock the fixtures hold on the second thread, and every
// suite after it in this thread would wait with it
@Order(Order.DEFAULT + 2)
@ResourceLock(GeneratorSettings.GENERATOR)
class InProcessGenerationMatchesTheBuildTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path work;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"client, edfs", "client, synchronization", "client, itwins",
      "server-stubs, edfs", "server-stubs, synchronization", "server-stubs, itwins"})
  void inProcessGenerationHasTheBuildsPublicApi(String module, String api) {
    GeneratorSettings settings = module.equals("client")
        ? GeneratorSettings.client(PROJECT) : GeneratorSettings.serverStubs();
    Path moduleTarget = PROJECT.resolve(module).resolve("target");
    Path built = GeneratedClasses.ofApi(moduleTarget.resolve("classes"), settings, api, work.resolve("built"));

    Path generated = new InProcessGenerator(settings)
        .generateAndCompile(moduleTarget.resolve("contract/openapi"), api, work.resolve("generated"));

    List<JavaApiChange> differences = GeneratedClasses.compare(settings, built, generated);
    assertThat(differences).isEmpty();
    assertThat(built.resolve((settings.rootPackage() + "." + api).replace('.', '/'))).isNotEmptyDirectory();
  }
}
