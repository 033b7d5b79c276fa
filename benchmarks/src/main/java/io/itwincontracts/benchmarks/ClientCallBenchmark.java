package io.itwincontracts.benchmarks;

import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.edfs.model.SystemCredentialDto;
import io.itwincontracts.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One call of the generated client ({@link ITwinPlatform}) to the sandbox on loopback, against the same request
 * sent with a bare {@link HttpClient} (same method, URL, headers and body, body read as bytes): the difference is
 * the client runtime's cost (Feign, interceptors, Jackson binding, error and retry wiring).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientCallBenchmark {
  private final AtomicLong systemIds = new AtomicLong();
  private Sandbox sandbox;
  private ITwinPlatform platform;
  private HttpClient raw;
  private URI systems;
  private URI readSystems;

  @Setup
  public void setUp() {
    sandbox = Sandbox.builder().port(0).start();
    platform = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> SandboxIds.TOKEN).build();
    raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    systems = URI.create(sandbox.baseUrl() + "/edfs/itwins/" + SandboxIds.WRITE_ITWIN + "/systems");
    readSystems = URI.create(sandbox.baseUrl() + "/edfs/itwins/" + SandboxIds.READ_ITWIN + "/systems");
    for (String systemId : SandboxIds.READ_LIST) {
      platform.edfs().createSystem(SandboxIds.READ_ITWIN, body(systemId));
    }
  }

  @TearDown
  public void tearDown() {
    sandbox.close();
  }

  @Benchmark
  public SystemCredentialDto generatedCreateSystem() {
    return platform.edfs().createSystem(SandboxIds.WRITE_ITWIN, body(nextSystemId()));
  }

  @Benchmark
  public byte[] rawCreateSystem() throws IOException, InterruptedException {
    return send(request(systems).POST(HttpRequest.BodyPublishers.ofString(SandboxIds.createSystemBody(nextSystemId())))
        .header("Content-Type", "application/json"), 201);
  }

  @Benchmark
  public OSystemInfoDtoList generatedListSystems() {
    return platform.edfs().listSystems(SandboxIds.READ_ITWIN);
  }

  @Benchmark
  public byte[] rawListSystems() throws IOException, InterruptedException {
    return send(request(readSystems).GET(), 200);
  }

  private String nextSystemId() {
    return "bench_" + systemIds.incrementAndGet();
  }

  private static SaveUserSystemCredentialDto body(String systemId) {
    return new SaveUserSystemCredentialDto().name("Development Sql Server").systemId(systemId).systemType("EDF.Sql")
        .credentials(Map.of("UserName", "edfs", "Password", "benchmark"));
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Accept", SandboxIds.ACCEPT).header("Authorization", "Bearer " + SandboxIds.TOKEN);
  }

  private byte[] send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = raw.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != expected) {
      throw new IllegalStateException("the sandbox answered " + response.statusCode() + ", not " + expected);
    }
    return response.body();
  }
}
