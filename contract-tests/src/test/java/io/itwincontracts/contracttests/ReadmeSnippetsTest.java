package io.itwincontracts.contracttests;

import static io.itwincontracts.validator.ContractAssertions.assertConformsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.NotFoundException;
import io.itwincontracts.client.RateLimitedException;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDto;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.client.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.edfs.model.SystemCredentialDto;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of README.md: each compiles here, runs against a sandbox with its default data (so every ID it
 * uses exists there), and the README must contain each word for word (the lines between a {@code readme:start} and
 * the next {@code readme:end} marker, less their indentation).
 */
class ReadmeSnippetsTest {
  private static final Path SOURCE =
      Path.of("src/test/java/io/itwincontracts/contracttests/ReadmeSnippetsTest.java");
  private static final Path README = Path.of("../README.md");

  private final Sandbox sandbox = Sandbox.builder().port(0).checkResponses(true).start();
  private final AuthClient authClient = new AuthClient();
  private final List<Duration> scheduled = new ArrayList<>();
  private final List<String> reported = new ArrayList<>();

  /** Stands in for the application's OAuth client. */
  private static final class AuthClient {
    String accessToken() {
      return "readme-token";
    }
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void snippetRunsAgainstTheSandboxWithItsDefaultData() {
    String sandboxUrl = sandbox.baseUrl();
    String iTwinId = DefaultData.ITWIN;
    String sqlPassword = "P@ssw0rd-from-vault";
    String roleId = DefaultData.ITWIN_ROLE;
    String packageName = DefaultData.PACKAGE;
    String packageRoleId = DefaultData.PACKAGE_ROLE;
    String connectionId = DefaultData.CONNECTION;
    String repositoryId = DefaultData.GIS_REPOSITORY;
    String unknownITwinId = "00000000-0000-0000-0000-00000000dead";

    // readme:start
    ITwinPlatform platform = ITwinPlatform.builder()
        .baseUrl(sandboxUrl)                     // leave out for https://api.bentley.com, or .environment(Environment.QA)
        .tokenSupplier(authClient::accessToken)  // called before every attempt: return a cached, fresh token
        .build();

    SystemCredentialDto system = platform.edfs().createSystem(iTwinId, new SaveUserSystemCredentialDto()
        .name("Development Sql Server").systemId("devsqlserver").systemType("EDF.Sql")
        .credentials(Map.of("UserName", "edfs", "Password", sqlPassword)));  // toString() shows Password=*****
    OSystemInfoDtoList systems = platform.edfs().listSystems(iTwinId);
    platform.edfs().addPackageRoleAssignments(iTwinId, packageName, new ITwinRoleToPackageRoleDtoList()
        .assignments(List.of(new ITwinRoleToPackageRoleDto().iTwinRoleId(roleId).packageRoleIds(List.of(packageRoleId)))));
    platform.synchronization().updateManifestConnection(connectionId, new ManifestConnectionUpdate().displayName("Nightly"));

    try {
      platform.iTwins().createRepositoryResource(iTwinId, repositoryId,
          new ITwinRepositoryResourceCreate().id("flood_zones").displayName("Flood Zones"));
    } catch (RateLimitedException e) {
      // still 429 after the retries, or the server asked for a longer wait than maxRetryWait (60 s by default)
      scheduleLater(e.retryAfter().orElse(Duration.ofMinutes(1)));
    }

    try {
      platform.edfs().listSystems(unknownITwinId);
    } catch (NotFoundException e) {
      // one subtype per documented status; ITwinApiException is the base of them all
      report(e.status() + " " + e.errorCode().orElse("?") + ": " + e.errorMessage() + " [" + e.requestId().orElse("?") + "]");
    }
    // readme:end

    assertThat(system.getSystemId()).isEqualTo("devsqlserver");
    assertThat(systems.getSystems()).extracting("systemId").contains("devsqlserver");
    assertThat(scheduled).isEmpty();
    assertThat(reported).containsExactly("404 SystemListNotFound: Requested SystemList is not available. [?]");
    assertThat(sandbox.responseProblems()).isEmpty();
  }

  @Test
  void sandboxSnippetChecksEveryResponseOfAnEmbeddedSandbox() {
    // readme:start
    try (Sandbox sandbox = Sandbox.builder().port(0).checkResponses(true).start()) {
      ITwinPlatform platform = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> "t").build();
      platform.edfs().listSystems(DefaultData.ITWIN);
      assertThat(sandbox.responseProblems()).isEmpty();   // every response it sent matched the spec
    }
    // readme:end
  }

  @Test
  void validatorSnippetReportsTheTooLongSystemType() {
    String json = "{\"name\": \"Development Sql Server\", \"systemType\": \"" + "x".repeat(151) + "\"}";
    String responseBody = "{\"systems\": []}";

    // readme:start
    List<Violation> violations = ContractValidator.bundled().validate(Target.request("createSystem"), json);
    // violations.get(0).toString() -> "/systemType: must be at most 150 characters long"

    assertConformsTo(responseBody, "listSystems", 200);   // in a JUnit test: fails with every violation listed
    // readme:end

    assertThat(violations).extracting(Violation::toString)
        .containsExactly("/systemType: must be at most 150 characters long");
    assertThatThrownBy(() -> assertConformsTo(json, "listSystems", 200)).isInstanceOf(AssertionError.class);
  }

  @Test
  void readmeShowsEverySnippetAsCompiledHere() throws IOException {
    List<String> source = Files.readAllLines(SOURCE);
    String readme = Files.readString(README);
    int snippets = 0;
    for (int start = source.indexOf("    // readme:start"); start >= 0; snippets++) {
      int end = source.subList(start, source.size()).indexOf("    // readme:end") + start;
      String snippet = source.subList(start + 1, end).stream()
          .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
          .collect(Collectors.joining("\n"));
      assertThat(readme).contains("```java\n" + snippet + "\n```");
      int next = source.subList(end, source.size()).indexOf("    // readme:start");
      start = next < 0 ? -1 : next + end;
    }
    assertThat(snippets).isEqualTo(3);
  }

  private void scheduleLater(Duration wait) {
    scheduled.add(wait);
  }

  private void report(String line) {
    reported.add(line);
  }
}
