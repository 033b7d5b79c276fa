package io.itwincontracts.sandbox.junit;

import io.itwincontracts.client.ContractChecks;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.coverage.CoverageGate;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs tests against an embedded sandbox: {@link SandboxTest} on the class, or this extension in a static
 * {@code @RegisterExtension} field to set the sandbox and the client up in Java:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SandboxExtension sandbox = SandboxExtension.withSettings(s -> s.rateLimit(RateLimit.trial()))
 *     .client(c -> c.maxAttempts(1));
 * }</pre>
 *
 * One sandbox per test class (each class its own, so parallel classes do not meet), started before the first
 * test; after every test it goes back to its start data ({@link Sandbox#reset}), and the test fails if the
 * sandbox sent it a response that breaks the spec, or if the {@code ITwinPlatform} it hands out (contract checks
 * in REPORT mode) sent a request that does: a test that means to send one sets
 * {@code client(c -> c.contractChecks(ContractChecks.OFF))}. {@link SeedData} adds data files for a test.
 *
 * <p>API coverage: what each class's sandbox answered and what the client it hands out made of it is written to
 * {@code target/itwin-contracts/coverage/<class>.json} when the class ends ({@link #COVERAGE_DIRECTORY},
 * {@link #COVERAGE_ENABLED}); with a gate in the JUnit Platform configuration or system properties
 * ({@code itwin.coverage.minimum}, {@code itwin.coverage.minimumPerOperation}, {@code itwin.coverage.required}:
 * see {@code CoverageGate}) the run fails at its end when this JVM's classes covered less, naming what is missing.
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    ParameterResolver {
  /** The bearer token of the {@code ITwinPlatform} the extension hands out: the sandbox's default user. */
  public static final String TOKEN = "sandbox-test-token";

  private static final Namespace NAMESPACE = Namespace.create(SandboxExtension.class);
  private static final String SANDBOX = "sandbox";
  private static final String REQUESTS = "off-contract requests";
  private static final String CLASS_COVERAGE = "class coverage";
  private static final String RUN_COVERAGE = "run coverage";
  /** Whether {@code @SandboxTest} classes record API coverage (default true). */
  public static final String COVERAGE_ENABLED = "itwin.coverage.enabled";
  /** Where each class's coverage file goes (default {@value #DEFAULT_COVERAGE_DIRECTORY}). */
  public static final String COVERAGE_DIRECTORY = "itwin.coverage.directory";
  /** The default coverage directory, relative to the working directory (the module's, under Surefire). */
  public static final String DEFAULT_COVERAGE_DIRECTORY = "target/itwin-contracts/coverage";

  private final Consumer<Sandbox.Builder> settings;
  private final Consumer<ITwinPlatform.Builder> clientSettings;
  private final boolean perTest;

  /** The extension {@link SandboxTest} registers: settings from the annotation. */
  public SandboxExtension() {
    this(sandbox -> {}, client -> {}, false);
  }

  private SandboxExtension(Consumer<Sandbox.Builder> settings, Consumer<ITwinPlatform.Builder> clientSettings,
      boolean perTest) {
    this.settings = settings;
    this.clientSettings = clientSettings;
    this.perTest = perTest;
  }

  /** An extension whose sandboxes are built with these settings (port, seeds, rate limit, admin endpoints...). */
  public static SandboxExtension withSettings(Consumer<Sandbox.Builder> settings) {
    return new SandboxExtension(settings, client -> {}, false);
  }

  /** The same, with the {@code ITwinPlatform} it hands out built with these settings too (retries, timeouts...). */
  public SandboxExtension client(Consumer<ITwinPlatform.Builder> settings) {
    return new SandboxExtension(this.settings, settings, perTest);
  }

  /** The same, with a new sandbox for every test. */
  public SandboxExtension perTest() {
    return new SandboxExtension(settings, clientSettings, true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    coverage(context);
    if (!perTest(context)) {
      context.getStore(NAMESPACE).put(SANDBOX, start(context));
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (perTest(context) || context.getStore(NAMESPACE).get(SANDBOX, Sandbox.class) == null) {
      // per test, or registered in an instance field (which misses beforeAll)
      context.getStore(NAMESPACE).put(SANDBOX, start(context));
    }
    Sandbox sandbox = sandbox(context);
    seedFiles(context.getRequiredTestClass().getAnnotation(SeedData.class), context).forEach(sandbox::seed);
    seedFiles(context.getRequiredTestMethod().getAnnotation(SeedData.class), context).forEach(sandbox::seed);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Sandbox sandbox = sandbox(context);
    List<String> problems = sandbox.responseProblems();
    List<ContractReport> requests = requests(context);
    List<String> sent = requests.stream().map(ContractReport::toString).toList();
    requests.clear();
    sandbox.reset();
    List<String> failures = new ArrayList<>();
    if (!problems.isEmpty()) {
      failures.add("the sandbox sent " + problems.size() + " response(s) that break the spec:\n"
          + String.join("\n", problems));
    }
    if (!sent.isEmpty()) {
      failures.add("the test sent " + sent.size() + " request(s) that break the spec:\n" + String.join("\n", sent));
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("\n", failures));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Sandbox.class || type == ITwinPlatform.class || type == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    Sandbox sandbox = sandbox(context);
    if (type == Sandbox.class) {
      return sandbox;
    }
    if (type == URI.class) {
      return URI.create(sandbox.baseUrl());
    }
    // the requests the client sends; the sandbox checks its own responses (the same checks, against the spec it
    // was given, and its injected faults are off the contract on purpose)
    List<ContractReport> requests = requests(context);
    ITwinPlatform.Builder client = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> TOKEN)
        .contractChecks(ContractChecks.REPORT)
        .onContractViolation(report -> {
          if (Target.REQUEST.equals(report.target().status())) {
            requests.add(report);
          }
        });
    ClassCoverage coverage = coverage(context);
    if (coverage != null) {
      client.recordCoverage(coverage.client()::record);
    }
    clientSettings.accept(client);
    return client.build();
  }

  private Sandbox start(ExtensionContext context) {
    Sandbox.Builder builder = Sandbox.builder().port(0).checkResponses(true);
    annotation(context).ifPresent(test -> {
      if (!test.data().isEmpty()) {
        builder.data(resource(test.data(), context));
      }
      builder.adminEndpoints(test.adminEndpoints());
    });
    ClassCoverage coverage = coverage(context);
    if (coverage != null) {
      builder.recordCoverage(coverage.sandbox());
    }
    settings.accept(builder);
    return builder.start();
  }

  /**
   * The coverage of the test's class (made on first use, in the class's store, so that it is written when the
   * class ends), or null when coverage is off.
   */
  private static ClassCoverage coverage(ExtensionContext context) {
    if (!context.getConfigurationParameter(COVERAGE_ENABLED, Boolean::parseBoolean).orElse(true)) {
      return null;
    }
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    RunCoverage run = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RUN_COVERAGE,
        key -> new RunCoverage(CoverageGate.fromSettings(context::getConfigurationParameter)), RunCoverage.class);
    Path directory = Path.of(context.getConfigurationParameter(COVERAGE_DIRECTORY).orElse(DEFAULT_COVERAGE_DIRECTORY));
    Class<?> testClass = classContext.getRequiredTestClass();
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(CLASS_COVERAGE,
        key -> new ClassCoverage(directory, testClass, run), ClassCoverage.class);
  }

  private Sandbox sandbox(ExtensionContext context) {
    Sandbox sandbox = context.getStore(NAMESPACE).get(SANDBOX, Sandbox.class);
    if (sandbox == null) {
      throw new IllegalStateException("no sandbox: register SandboxExtension on the class (@SandboxTest, or a "
          + "static @RegisterExtension field)");
    }
    return sandbox;
  }

  /** The off-contract requests of the test, or of its class when a class-level client sent them (the store looks there). */
  @SuppressWarnings("unchecked")
  private static List<ContractReport> requests(ExtensionContext context) {
    return (List<ContractReport>) context.getStore(NAMESPACE)
        .getOrComputeIfAbsent(REQUESTS, key -> new CopyOnWriteArrayList<ContractReport>());
  }

  private boolean perTest(ExtensionContext context) {
    return perTest || annotation(context).map(SandboxTest::perTest).orElse(false);
  }

  private static Optional<SandboxTest> annotation(ExtensionContext context) {
    return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SandboxTest.class);
  }

  private static List<Path> seedFiles(SeedData seeds, ExtensionContext context) {
    return seeds == null ? List.of() : List.of(seeds.value()).stream().map(name -> resource(name, context)).toList();
  }

  private static Path resource(String name, ExtensionContext context) {
    URL url = context.getRequiredTestClass().getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no data file " + name + " on the test classpath (src/test/resources)");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a plain file on the test classpath: " + url, e);
    }
  }
}
