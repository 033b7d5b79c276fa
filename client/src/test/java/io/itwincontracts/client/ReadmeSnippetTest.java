package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDto;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.client.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.edfs.model.SystemCredentialDto;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.testkit.LoopbackServer;
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
 * The "Use the client" snippet of README.md: it compiles here, runs against the loopback server, and the README
 * must contain it word for word (the lines between the snippet markers, less their indentation).
 */
class ReadmeSnippetTest {
  private static final Path SOURCE = Path.of("src/test/java/io/itwincontracts/client/ReadmeSnippetTest.java");
  private static final Path README = Path.of("../README.md");

  private final LoopbackServer server = LoopbackServer.scripted();
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
    server.close();
  }

  @Test
  void snippetRunsAgainstTheLoopbackServer() {
    server.enqueue(
        json(201, resource("responses/system-created.json")),
        json(200, resource("responses/systems.json")),
        json(200, resource("responses/role-assignments.json")),
        json(200, resource("responses/manifest-connection.json")),
        json(429, resource("errors/429.json"), "retry-after", "3600"),
        json(404, resource("errors/404.json"), "x-correlation-id", "corr-7"));
    String sandboxUrl = server.baseUrl();
    String iTwinId = "5fb9aa98-9874-4697-b942-d19728840f19";
    String sqlPassword = "P@ssw0rd-from-vault";
    String roleId = "00000000-0000-0000-0000-000000000000";
    String packageRoleId = "00000000-0000-0000-0000-000000000001";
    String connectionId = "MWplZe9Uf0iR1IDMqyOMLry641hUCa9JjxI3cYz8uCg";
    String repositoryId = "repo-1";
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
    platform.edfs().addPackageRoleAssignments(iTwinId, "EDFS.Package", new ITwinRoleToPackageRoleDtoList()
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
    assertThat(systems.getSystems()).hasSize(1);
    assertThat(scheduled).containsExactly(Duration.ofHours(1));
    assertThat(reported).containsExactly("404 SystemListNotFound: Requested SystemList is not available. [corr-7]");
    assertThat(server.received()).hasSize(6);
  }

  @Test
  void readmeShowsTheSnippetAsCompiledHere() throws IOException {
    List<String> source = Files.readAllLines(SOURCE);
    int start = source.indexOf("    // readme:start");
    int end = source.indexOf("    // readme:end");
    String snippet = source.subList(start + 1, end).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));

    assertThat(start).isPositive();
    assertThat(Files.readString(README)).contains("```java\n" + snippet + "\n```");
  }

  private void scheduleLater(Duration wait) {
    scheduled.add(wait);
  }

  private void report(String line) {
    reported.add(line);
  }
}
