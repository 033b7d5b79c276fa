package io.itwincontracts.benchmarks;

import io.itwincontracts.client.ContractChecks;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.edfs.model.SystemCredentialDto;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.validator.ContractValidator;
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
 * What the contract checks cost: a client call with STRICT checks against the same call with checks OFF (the
 * embedded sandbox answering both), the checks' own work in such a call alone, and one createSystem request to a user's server of the generated interface
 * with {@code ContractValidationFeature} (requests and responses checked) against the same server without it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContractChecksBenchmark {
  private final AtomicLong systemIds = new AtomicLong();
  private Sandbox sandbox;
  private ITwinPlatform off;
  private ITwinPlatform strict;
  private StubServer bare;
  private StubServer checked;
  private HttpClient http;
  private final ContractValidator validator = ContractValidator.bundled();
  private final String createBody = SandboxIds.createSystemBody("bench_checks");
  private final String createdBody = "{\"id\":\"" + SandboxIds.WRITE_ITWIN + "\",\"systemName\":\"Development Sql Server\","
      + "\"systemId\":\"bench_checks\",\"systemType\":\"EDF.Sql\"}";

  @Setup
  public void setUp() {
    sandbox = Sandbox.builder().port(0).start();
    off = client(ContractChecks.OFF);
    strict = client(ContractChecks.STRICT);
    for (String systemId : SandboxIds.READ_LIST) {
      off.edfs().createSystem(SandboxIds.READ_ITWIN, body(systemId));
    }
    bare = new StubServer(false);
    checked = new StubServer(true);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @TearDown
  public void tearDown() throws Exception {
    sandbox.close();
    bare.close();
    checked.close();
  }

  @Benchmark
  public SystemCredentialDto clientOffCreateSystem() {
    return off.edfs().createSystem(SandboxIds.WRITE_ITWIN, body(nextSystemId()));
  }

  @Benchmark
  public SystemCredentialDto clientStrictCreateSystem() {
    return strict.edfs().createSystem(SandboxIds.WRITE_ITWIN, body(nextSystemId()));
  }

  @Benchmark
  public OSystemInfoDtoList clientOffListSystems() {
    return off.edfs().listSystems(SandboxIds.READ_ITWIN);
  }

  @Benchmark
  public OSystemInfoDtoList clientStrictListSystems() {
    return strict.edfs().listSystems(SandboxIds.READ_ITWIN);
  }

  /** The checks' own work in a STRICT createSystem call, without the call: its request and its 201. */
  @Benchmark
  public int checksOfACreateSystem() {
    return validator.validateRequest("createSystem", createBody).size()
        + validator.validateResponse("createSystem", 201, header -> "content-type".equals(header) ? "application/json" : null, createdBody).size();
  }

  @Benchmark
  public byte[] serverBareCreateSystem() throws IOException, InterruptedException {
    return post(bare);
  }

  @Benchmark
  public byte[] serverCheckedCreateSystem() throws IOException, InterruptedException {
    return post(checked);
  }

  private byte[] post(StubServer server) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/itwins/"
            + SandboxIds.WRITE_ITWIN + "/systems")).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            SandboxIds.createSystemBody(nextSystemId()))).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("the server answered " + response.statusCode() + ", not 201");
    }
    return response.body();
  }

  private ITwinPlatform client(ContractChecks mode) {
    return ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> SandboxIds.TOKEN)
        .contractChecks(mode).build();
  }

  private String nextSystemId() {
    return "bench_" + systemIds.incrementAndGet();
  }

  private static SaveUserSystemCredentialDto body(String systemId) {
    return new SaveUserSystemCredentialDto().name("Development Sql Server").systemId(systemId).systemType("EDF.Sql")
        .credentials(Map.of("UserName", "edfs", "Password", "benchmark"));
  }
}
