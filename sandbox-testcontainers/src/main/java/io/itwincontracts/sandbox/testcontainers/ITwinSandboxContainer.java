package io.itwincontracts.sandbox.testcontainers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.runtime.internal.LibraryVersion;
import io.itwincontracts.sandbox.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The sandbox in a container (the image this project builds from Debian's packages), for Testcontainers: its base
 * URL, a ready {@link ITwinPlatform}, and reset, seed and faults through its admin endpoints.
 *
 * <pre>{@code
 * try (ITwinSandboxContainer sandbox = new ITwinSandboxContainer()) {
 *   sandbox.start();
 *   sandbox.platform().edfs().listSystems(iTwinId);
 * }
 * }</pre>
 *
 * No registry here serves Testcontainers' Ryuk image: run with {@code TESTCONTAINERS_RYUK_DISABLED=true} and stop
 * the container yourself (try-with-resources, or {@code @Container} on a static field).
 */
public final class ITwinSandboxContainer extends GenericContainer<ITwinSandboxContainer> {
  /** The port the sandbox listens on inside the container. */
  public static final int PORT = 4010;
  /** The bearer token of {@link #platform()}: the sandbox's default user. */
  public static final String TOKEN = "sandbox-container-token";
  private static final String DATA = "/opt/itwin-sandbox/seed-data.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();

  /** The image this version of the project built: {@code itwin-contracts/sandbox:<version>}. */
  public ITwinSandboxContainer() {
    this(DockerImageName.parse("itwin-contracts/sandbox:" + LibraryVersion.get()));
  }

  /** A sandbox of {@code image}. */
  public ITwinSandboxContainer(DockerImageName image) {
    super(image);
    withExposedPorts(PORT);
    waitingFor(Wait.forHttp("/docs/").forPort(PORT).forStatusCode(200).withStartupTimeout(Duration.ofSeconds(60)));
  }

  /** Starts from this data file (the sandbox's {@code --data} format) instead of the bundled data. */
  public ITwinSandboxContainer withDataFile(Path dataFile) {
    withCopyFileToContainer(MountableFile.forHostPath(dataFile, 0644), DATA);
    return withEnv("ITWIN_SANDBOX_DATA", DATA);
  }

  /** Requests per token before 429, as {@code --rate-limit} takes it: {@code 10/s}, {@code 500/min}, {@code trial}. */
  public ITwinSandboxContainer withRateLimit(String limit) {
    return withEnv("ITWIN_SANDBOX_RATE_LIMIT", limit);
  }

  /** The root URL of the APIs as the host reaches them: {@code http://localhost:<mapped port>}. */
  public String baseUrl() {
    return "http://" + getHost() + ":" + getMappedPort(PORT);
  }

  /** A client of this sandbox, as the default user ({@link #TOKEN}). */
  public ITwinPlatform platform() {
    return ITwinPlatform.builder().baseUrl(baseUrl()).tokenSupplier(() -> TOKEN).build();
  }

  /** Back to the start data: what the APIs created, the seeds, the faults and the rate limit's counts are gone. */
  public void reset() {
    admin("POST", "/reset", null);
  }

  /** Adds the data of a data file to what the sandbox holds (undone by {@link #reset}). */
  public void seed(Path dataFile) {
    try {
      admin("POST", "/seed", Files.readString(dataFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dataFile, e);
    }
  }

  /** Answers matching requests with {@code fault} until it is used up, {@link #clearFaults} or {@link #reset}. */
  public void inject(Fault fault) {
    ObjectNode json = JSON.createObjectNode().put("kind", fault.kind().name()).put("times", fault.times())
        .put("waitMillis", fault.duration() == null ? 0 : fault.duration().toMillis()).put("httpDate", fault.httpDate());
    if (fault.operationId() != null) {
      json.put("operation", fault.operationId());
    }
    if (fault.fraction() < 1) {
      json.put("fraction", fault.fraction()).put("seed", fault.seed());
    }
    admin("POST", "/faults", json.toString());
  }

  /** Removes every injected fault. */
  public void clearFaults() {
    admin("DELETE", "/faults", null);
  }

  private void admin(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/__sandbox" + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 204) {
        throw new IllegalStateException(method + " /__sandbox" + path + " answered " + response.statusCode() + ": "
            + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the sandbox container did not answer " + method + " /__sandbox" + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
