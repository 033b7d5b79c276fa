package io.itwincontracts.benchmarks;

import io.itwincontracts.validator.ContractValidator;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Payload validation against its floor: the validator parses the bytes into a tree and walks the schema, so
 * Jackson's {@code readTree} of the same bytes (the parse alone, same Jackson) is what it is compared with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Param({"createSystem", "listSystems", "addPackageRoleAssignments", "updateManifestConnection",
      "createRepositoryResource", SeedPayloads.LARGE_LIST})
  public String payload;

  private ContractValidator validator;
  private List<SeedPayloads.Payload> payloads;

  @Setup
  public void setUp() {
    validator = ContractValidator.bundled();
    payloads = SeedPayloads.of(payload);
    for (SeedPayloads.Payload p : payloads) {
      if (!validator.validate(p.target(), new ByteArrayInputStream(p.json())).isEmpty()) {
        throw new IllegalStateException("a benchmark payload of " + p.target() + " is invalid: it would measure the error path");
      }
    }
  }

  @Benchmark
  public void validate(Blackhole sink) {
    for (SeedPayloads.Payload p : payloads) {
      sink.consume(validator.validate(p.target(), new ByteArrayInputStream(p.json())));
    }
  }

  @Benchmark
  public void readTree(Blackhole sink) throws java.io.IOException {
    for (SeedPayloads.Payload p : payloads) {
      sink.consume(JSON.readTree(new ByteArrayInputStream(p.json())));
    }
  }
}
