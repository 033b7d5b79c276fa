package io.itwincontracts.conformance;

import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.verify.Verification;
import io.itwincontracts.validator.ContractValidator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Holds a running server to the specs: derives a suite from them (positive cases from every example and from
 * schema-generated bodies, stateful sequences, auth cases, negative cases from the fuzz generator's mutations)
 * and runs it over HTTP, checking every answer with the one validation engine. The entry point of
 * {@code itwin-contracts verify}, and of a server implementer's own test:
 *
 * <pre>{@code
 * VerificationResult result = ContractVerifier.against(URI.create("http://127.0.0.1:8080")).seed(42).run();
 * assertThat(result.failures()).isEmpty();
 * }</pre>
 *
 * <p>Bounded: at most {@link #maxNegativeCases} negative cases per operation, at most {@link #timeLimit} for the
 * run; the same seed against the same server state sends the same requests.
 */
public final class ContractVerifier {
  /** The token sent when none is given: enough for the sandbox and for mocks, which take any bearer token. */
  public static final String DEFAULT_TOKEN = "itwin-contracts-verify";
  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 1;
  /** Negative cases per operation when no other bound is given. */
  public static final int DEFAULT_MAX_NEGATIVE_CASES = 120;
  /** How long a run sends when no other limit is given. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(2);

  private final URI baseUrl;
  private String token = DEFAULT_TOKEN;
  private long seed = DEFAULT_SEED;
  private final List<String> operations = new ArrayList<>();
  private PathParameters parameters = PathParameters.sandboxDefaults();
  private int maxNegativeCases = DEFAULT_MAX_NEGATIVE_CASES;
  private Duration timeLimit = DEFAULT_TIME_LIMIT;
  private Duration requestTimeout = Duration.ofSeconds(10);
  private Path failureDirectory;
  private ContractValidator validator = ContractValidator.bundled();
  private boolean wellFormedOnly;

  private ContractVerifier(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** A verifier of the server at {@code baseUrl}, under which {@code /edfs}, {@code /synchronization} and {@code /itwins} are. */
  public static ContractVerifier against(URI baseUrl) {
    return new ContractVerifier(baseUrl);
  }

  /** The bearer token of the valid requests (default {@value #DEFAULT_TOKEN}); it never appears in what is written. */
  public ContractVerifier token(String token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  /** The seed of the run's random choices (default 1). */
  public ContractVerifier seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Only these operations (by operationId); by default all. */
  public ContractVerifier operations(List<String> operationIds) {
    operations.clear();
    operations.addAll(operationIds);
    return this;
  }

  /** A value the server knows for a path parameter or body property of this name (default: the sandbox's IDs). */
  public ContractVerifier parameter(String name, String value) {
    parameters = parameters.with(name, value);
    return this;
  }

  /** At most this many negative cases per operation, chosen by the seed (default 120). */
  public ContractVerifier maxNegativeCases(int max) {
    this.maxNegativeCases = max;
    return this;
  }

  /** The run stops sending after this long (default 2 minutes); the cases left count as not sent. */
  public ContractVerifier timeLimit(Duration limit) {
    this.timeLimit = limit;
    return this;
  }

  /** How long one request may take before it counts as unanswered (default 10 s). */
  public ContractVerifier requestTimeout(Duration timeout) {
    this.requestTimeout = timeout;
    return this;
  }

  /** Where each failing case is written as a replayable request file (default: not written). */
  public ContractVerifier failureDirectory(Path directory) {
    this.failureDirectory = directory;
    return this;
  }

  /**
   * Sends no negative case whose body is not well-formed JSON (nor JSON past the parser's limits), for a server
   * known to leave such a request unanswered, as Prism 5.16 does (stoplightio/prism#2664); default off.
   */
  public ContractVerifier wellFormedJsonOnly(boolean wellFormedOnly) {
    this.wellFormedOnly = wellFormedOnly;
    return this;
  }

  /** The specs to hold the server to (default: the bundled ones). */
  public ContractVerifier validator(ContractValidator validator) {
    this.validator = validator;
    return this;
  }

  /**
   * Runs the suite.
   *
   * @throws IllegalArgumentException for an operation the specs do not have (the message lists them)
   */
  public VerificationResult run() throws InterruptedException {
    return new VerificationResult(Verification.run(new Verification.Settings(baseUrl, token, seed, List.copyOf(operations),
        parameters, maxNegativeCases, timeLimit, requestTimeout, failureDirectory, validator, wellFormedOnly)));
  }
}
