package io.itwincontracts.client;

import io.itwincontracts.runtime.internal.SettingProblems;
import feign.Logger;
import io.itwincontracts.client.edfs.EdfsApi;
import io.itwincontracts.client.itwins.ITwinsApi;
import io.itwincontracts.client.synchronization.SynchronizationApi;
import io.itwincontracts.validator.ContractReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The single way to call the iTwin Platform APIs from Java: the generated Feign interfaces, wired with per-request
 * bearer auth, retry-after aware retries, typed {@link ITwinApiException}s and a log that never shows a secret.
 * Build one per application and share it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * ITwinPlatform platform = ITwinPlatform.builder().tokenSupplier(auth::accessToken).build();
 * OSystemInfoDtoList systems = platform.edfs().listSystems(iTwinId);
 * }</pre>
 */
public final class ITwinPlatform {
  private final String baseUrl;
  private final EdfsApi edfs;
  private final SynchronizationApi synchronization;
  private final ITwinsApi iTwins;

  private ITwinPlatform(String baseUrl, FeignClientFactory clients) {
    this.baseUrl = baseUrl;
    this.edfs = clients.create(EdfsApi.class, "/edfs",
        new io.itwincontracts.client.edfs.invoker.ApiResponseDecoder(clients.mapper()));
    this.synchronization = clients.create(SynchronizationApi.class, "/synchronization",
        new io.itwincontracts.client.synchronization.invoker.ApiResponseDecoder(clients.mapper()));
    this.iTwins = clients.create(ITwinsApi.class, "/itwins",
        new io.itwincontracts.client.itwins.invoker.ApiResponseDecoder(clients.mapper()));
  }

  /** Starts a client; only {@link Builder#tokenSupplier(Supplier)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Enterprise Data Federation Service: systems, their credentials, package roles. */
  public EdfsApi edfs() {
    return edfs;
  }

  /** Synchronization: manifest connections. */
  public SynchronizationApi synchronization() {
    return synchronization;
  }

  /** iTwins: repository resources. */
  public ITwinsApi iTwins() {
    return iTwins;
  }

  @Override
  public String toString() {
    return "ITwinPlatform[" + baseUrl + "]";
  }

  /**
   * Settings of an {@link ITwinPlatform}. Nothing is checked until {@link #build()}, which throws an
   * {@link IllegalStateException} naming every missing or contradictory setting, so a misconfigured client fails at
   * start-up rather than on its first call.
   */
  public static final class Builder {
    private Supplier<String> tokenSupplier;
    private Environment environment;
    private String baseUrl;
    private int maxAttempts = 3;
    private Duration maxRetryWait = Duration.ofSeconds(60);
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Logger.Level logLevel = Logger.Level.NONE;
    private RetryAfterRetryer.Sleeper sleeper = RetryAfterRetryer.Sleeper.REAL;
    private ContractChecks contractChecks = ContractChecks.OFF;
    private Consumer<ContractReport> contractListener;
    private CoverageListener coverage;

    private Builder() {}

    /**
     * Required. Called before every attempt, retries included, so return a cached token and refresh it when it
     * nears expiry. Return the bare access token, without the {@code Bearer } prefix.
     */
    public Builder tokenSupplier(Supplier<String> tokenSupplier) {
      this.tokenSupplier = tokenSupplier;
      return this;
    }

    /** A Bentley environment (default {@link Environment#PRODUCTION}); not together with {@link #baseUrl}. */
    public Builder environment(Environment environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Any other root, such as a local sandbox ({@code http://127.0.0.1:8080}); the APIs live under {@code /edfs},
     * {@code /synchronization} and {@code /itwins}. Plain http is accepted only for loopback addresses, because
     * the access token travels with every request.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** Attempts per call in all, the first included (default 3); 1 turns retries off. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The longest wait before a retry (default 60 s). A 429 asking for longer fails at once with a
     * {@link RateLimitedException} carrying the server's retry-after, instead of blocking the caller.
     */
    public Builder maxRetryWait(Duration maxRetryWait) {
      this.maxRetryWait = maxRetryWait;
      return this;
    }

    /** The first backoff when the server sent no retry-after (default 500 ms); doubled, with jitter, per retry. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** TCP and TLS connect timeout (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** Time to wait for a response (default 30 s); a timed-out POST is not resent. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    /**
     * What the HTTP log shows (default NONE), at DEBUG on the platform logger {@code io.itwincontracts.client.http}.
     * Authorization, headers not on the allow-list and credential values are REDACTED at every level.
     */
    public Builder logLevel(Logger.Level logLevel) {
      this.logLevel = logLevel;
      return this;
    }

    /**
     * Holds every request and response to the contract (default {@link ContractChecks#OFF}); on, it needs
     * {@code io.itwincontracts:itwin-contracts-validator} on the classpath, an optional dependency of the client.
     */
    public Builder contractChecks(ContractChecks contractChecks) {
      this.contractChecks = contractChecks;
      return this;
    }

    /**
     * Receives the violations of each request or response that breaks the contract, one {@link ContractReport}
     * per message (required in {@link ContractChecks#REPORT} mode; in STRICT mode it hears of them before the
     * exception). Called on the calling thread; redacted like the log.
     */
    public Builder onContractViolation(Consumer<ContractReport> listener) {
      this.contractListener = listener;
      return this;
    }

    /**
     * Records, for API coverage, each call of an operation: every attempt's status and error code, and what the
     * client made of it ({@code returned}, {@code retried}, {@code threw ConflictException} ...): pass a
     * validator's {@code CoverageRecorder} as {@code recorder::record}. Off by default; the sandbox's JUnit
     * extension turns it on for the client it hands out.
     */
    public Builder recordCoverage(CoverageListener listener) {
      this.coverage = listener;
      return this;
    }

    /** How the client waits between attempts; the tests' seam, so that they never sleep for real. */
    Builder sleeper(RetryAfterRetryer.Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Checks the settings and builds the client. */
    public ITwinPlatform build() {
      SettingProblems problems = new SettingProblems("ITwinPlatform")
          .require(tokenSupplier != null, "tokenSupplier is required: every request carries a bearer token")
          .require(environment == null || baseUrl == null, "set either environment(" + environment
              + ") or baseUrl(...), not both: they name different hosts");
      String root = baseUrl != null ? baseUrl : (environment != null ? environment : Environment.PRODUCTION).baseUrl();
      String rootProblem = checkRoot(root);
      problems.require(rootProblem == null, rootProblem)
          .require(maxAttempts >= 1, "maxAttempts must be at least 1, was " + maxAttempts);
      requirePositive(problems, "maxRetryWait", maxRetryWait);
      requirePositive(problems, "initialBackoff", initialBackoff);
      requirePositive(problems, "connectTimeout", connectTimeout);
      requirePositive(problems, "readTimeout", readTimeout);
      problems.require(logLevel != null, "logLevel must not be null (use NONE)");
      if (isPositive(initialBackoff) && isPositive(maxRetryWait) && initialBackoff.compareTo(maxRetryWait) > 0) {
        problems.add("initialBackoff (" + initialBackoff + ") exceeds maxRetryWait (" + maxRetryWait + ")");
      }
      contractCheckProblems(problems);
      problems.throwIfAny();
      String normalized = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
      return new ITwinPlatform(normalized, new FeignClientFactory(normalized, tokenSupplier,
          new RetryPolicy(maxAttempts, maxRetryWait, initialBackoff), sleeper, connectTimeout, readTimeout, logLevel,
          contractChecks, contractListener, coverage));
    }

    private void contractCheckProblems(SettingProblems problems) {
      if (contractChecks == null) {
        problems.add("contractChecks must not be null (use OFF)");
      } else if (contractChecks != ContractChecks.OFF) {
        problems.require(validatorOnClasspath(), "contractChecks(" + contractChecks + ") validates with the "
            + "contract's validator, which is not on the classpath: add the dependency "
            + "io.itwincontracts:itwin-contracts-validator (the client's version)");
        problems.require(contractChecks != ContractChecks.REPORT || contractListener != null,
            "contractChecks(REPORT) hands every violation to a listener: set onContractViolation(...)");
      }
    }

    private static boolean validatorOnClasspath() {
      try {
        Class.forName("io.itwincontracts.validator.ContractValidator", false, ITwinPlatform.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError missing) {
        return false;
      }
    }

    private static String checkRoot(String root) {
      URI uri;
      try {
        uri = new URI(root);
      } catch (URISyntaxException e) {
        return "baseUrl is not a URL: " + e.getMessage();
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
        return "baseUrl must be an absolute http(s) URL with a host, was " + root;
      }
      if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
        return "baseUrl must not carry user info, a query or a fragment";
      }
      if (scheme.equals("http") && !isLoopback(uri.getHost())) {
        return "baseUrl " + root + " is plain http to a non-loopback host: the access token is only sent over "
            + "https or to 127.0.0.1/localhost/[::1]";
      }
      return null;
    }

    private static boolean isLoopback(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static void requirePositive(SettingProblems problems, String name, Duration value) {
      problems.require(isPositive(value), name + " must be a positive duration, was " + value);
    }

    private static boolean isPositive(Duration value) {
      return value != null && !value.isNegative() && !value.isZero();
    }
  }
}
