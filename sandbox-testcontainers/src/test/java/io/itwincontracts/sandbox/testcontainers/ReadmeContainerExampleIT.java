package io.itwincontracts.sandbox.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** The README's Testcontainers snippet, as it stands there (checked below), run against the image of this build. */
class ReadmeContainerExampleIT {
  private static final Path SOURCE =
      Path.of("src/test/java/io/itwincontracts/sandbox/testcontainers/ReadmeContainerExampleIT.java");

  @Test
  void readmeSnippetRuns() {
    boolean daemon = DockerClientFactory.instance().isDockerAvailable();
    if (System.getenv("CI") != null) {
      assertThat(daemon).as("CI starts a Docker daemon (.ci/run)").isTrue();
    }
    assumeTrue(daemon, "needs a Docker daemon and the image the main job built");
    // readme:start
    try (ITwinSandboxContainer sandbox = new ITwinSandboxContainer()) {       // itwin-contracts/sandbox:<version>
      sandbox.start();
      sandbox.inject(Fault.tooManyRequests(Duration.ofSeconds(1)).on("listSystems"));

      assertThat(sandbox.platform().edfs().listSystems(DefaultData.ITWIN).getSystems()).isEmpty(); // retried
    }
    // readme:end
  }

  @Test
  void readmeShowsTheSnippetAsItIsHere() throws Exception {
    List<String> source = Files.readAllLines(SOURCE);
    int start = source.indexOf("    // readme:start");
    int end = source.indexOf("    // readme:end");
    String snippet = String.join("\n", source.subList(start + 1, end).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip()).toList());

    assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + snippet + "\n```");
  }
}
