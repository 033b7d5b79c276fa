package io.itwincontracts.sandbox.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Fault;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/**
 * The image and the module as a user's test meets them: a container of the image this build made, reached through
 * its published port; reset, seed and a fault that drives the client's retry. Needs a Docker daemon and the image:
 * without them the tests are skipped, and under CI (which installs both) they fail.
 */
class ITwinSandboxContainerIT {
  private static final String IMAGE = System.getProperty("sandbox.image", "itwin-contracts/sandbox:0.1.0-SNAPSHOT");
  private static final String ITWIN = "6a1e4b2c-3d5f-4a7b-8c9d-0e1f2a3b4c5e";
  private static ITwinSandboxContainer sandbox;

  @BeforeAll
  static void start() {
    boolean daemon = DockerClientFactory.instance().isDockerAvailable();
    boolean image = daemon && !DockerClientFactory.instance().client().listImagesCmd().withImageNameFilter(IMAGE).exec()
        .isEmpty();
    if (System.getenv("CI") != null) {
      assertThat(daemon).as("CI starts a Docker daemon (.ci/run)").isTrue();
      assertThat(image).as("the main job built " + IMAGE).isTrue();
    }
    assumeTrue(daemon && image, "needs a Docker daemon and the image " + IMAGE + " (built by the main job)");
    sandbox = new ITwinSandboxContainer(DockerImageName.parse(IMAGE));
    sandbox.start();
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.stop();
    }
  }

  @AfterEach
  void reset() {
    if (sandbox != null) {
      sandbox.reset();
    }
  }

  @Test
  void servesTheApisThroughItsPublishedPortAsAUserThatIsNotRoot() throws Exception {
    assertThat(sandbox.platform().edfs().listSystems(DefaultData.ITWIN).getSystems()).isEmpty();
    assertThat(sandbox.execInContainer("id", "-u").getStdout().strip()).isEqualTo("10001");
  }

  @Test
  void resetDropsWhatTheApisCreated() {
    ITwinPlatform platform = sandbox.platform();
    platform.edfs().createSystem(DefaultData.ITWIN, new SaveUserSystemCredentialDto().name("Dev").systemId("dev_sql")
        .systemType("EDF.Sql"));
    assertThat(platform.edfs().listSystems(DefaultData.ITWIN).getSystems()).hasSize(1);

    sandbox.reset();

    assertThat(platform.edfs().listSystems(DefaultData.ITWIN).getSystems()).isEmpty();
  }

  @Test
  void seedAddsADataFilesEntities() {
    sandbox.seed(Path.of("src/test/resources/contoso.json"));

    assertThat(sandbox.platform().edfs().listSystems(ITWIN).getSystems()).singleElement()
        .satisfies(system -> assertThat(system.getSystemId()).isEqualTo("contoso_erp"));
  }

  @Test
  void anInjected429IsRetriedByTheClientAfterItsRetryAfter() {
    sandbox.inject(Fault.tooManyRequests(Duration.ofSeconds(1)).on("listSystems"));

    long start = System.nanoTime();
    assertThat(sandbox.platform().edfs().listSystems(DefaultData.ITWIN).getSystems()).isEmpty();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the client waited for retry-after")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }
}
