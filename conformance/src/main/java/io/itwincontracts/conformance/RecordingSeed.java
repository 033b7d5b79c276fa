package io.itwincontracts.conformance;

import io.itwincontracts.conformance.internal.http.OperationRoutes;
import io.itwincontracts.conformance.internal.seed.DataFile;
import io.itwincontracts.conformance.internal.seed.RecordedExamples;
import io.itwincontracts.conformance.internal.seed.RecordedExchange;
import io.itwincontracts.conformance.internal.seed.RecordingReader;
import io.itwincontracts.conformance.internal.seed.TenantState;
import io.itwincontracts.runtime.internal.WholeFile;
import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What proxy recordings ({@code itwin-contracts proxy --record}) show of a tenant, as the sandbox's start data:
 * the entities the answers and accepted requests show, resolved in the order they happened (a later answer wins, a
 * 404 removes), and what the sandbox cannot hold, listed rather than guessed. The entry point of
 * {@code itwin-contracts seed}; {@code SandboxSeed.fromRecordings} starts a sandbox from it.
 *
 * <pre>{@code
 * RecordingSeed seed = RecordingSeed.read(List.of(Path.of("session.ndjson")));
 * seed.writeDataFile(Path.of("tenant.json"));        // for --data, Sandbox.Builder.data, @SeedData
 * seed.notHeld().forEach(System.out::println);
 * }</pre>
 */
public final class RecordingSeed {
  /**
   * How much the recordings showed.
   *
   * @param exchanges recorded exchanges read
   * @param iTwins iTwins in the data
   * @param systems EDFS systems
   * @param connections manifest connections
   * @param packages integration packages
   * @param roles iTwin roles and package roles
   * @param repositories GIS repositories
   */
  public record Counts(int exchanges, int iTwins, int systems, int connections, int packages, int roles,
      int repositories) {}

  private final List<RecordedExchange> exchanges;
  private final TenantState state = new TenantState();

  private RecordingSeed(List<RecordedExchange> exchanges) {
    this.exchanges = exchanges;
    OperationRoutes routes = new OperationRoutes(ContractValidator.bundled());
    for (RecordedExchange exchange : exchanges) {
      Map<String, String> parameters = exchange.operationId() == null ? Map.of()
          : routes.parameters(exchange.operationId(), exchange.rawPath());
      state.apply(exchange, parameters);
    }
  }

  /**
   * Reads every recording whole, then resolves what they show.
   *
   * @throws IOException if a recording cannot be read
   * @throws IllegalArgumentException naming the file and line that is not a recorded exchange (nothing is made)
   */
  public static RecordingSeed read(List<Path> recordings) throws IOException {
    return new RecordingSeed(RecordingReader.read(recordings));
  }

  /** The data file, as JSON text in the sandbox's {@code --data} format. */
  public String dataFile() {
    return DataFile.text(state);
  }

  /**
   * Writes {@link #dataFile} to {@code file}, whole or not at all.
   *
   * @throws IOException if it cannot be written
   */
  public void writeDataFile(Path file) throws IOException {
    WholeFile.write(file, dataFile());
  }

  /** What the sandbox cannot hold, one line per kind: how often, what, and where first (redacted users, resources...). */
  public List<String> notHeld() {
    return state.notHeld();
  }

  /** How much the recordings showed. */
  public Counts counts() {
    return new Counts(exchanges.size(), state.iTwinCount(), state.systemCount(), state.connectionCount(),
        state.packageCount(), state.roleCount(), state.repositoryCount());
  }

  /**
   * Writes, per operation and status, the distinct recorded bodies that conform to {@code spec} as example files
   * under {@code directory} ({@code createSystem/201-1.json}, {@code createSystem/request-1.json}), each whole.
   *
   * @return the drift: each recorded body that does not conform, with where it was recorded and its violations
   * @throws IOException if a file cannot be written
   */
  public List<String> writeExamples(Path directory, ContractValidator spec) throws IOException {
    RecordedExamples examples = new RecordedExamples(exchanges, spec);
    for (Map.Entry<String, String> file : examples.files().entrySet()) {
      WholeFile.write(directory.resolve(file.getKey()), file.getValue());
    }
    return examples.drift();
  }

  /** The drift of the recorded bodies against {@code spec}, without writing examples. */
  public List<String> drift(ContractValidator spec) {
    return new RecordedExamples(exchanges, spec).drift();
  }
}
