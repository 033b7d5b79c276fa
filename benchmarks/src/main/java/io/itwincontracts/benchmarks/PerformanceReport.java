package io.itwincontracts.benchmarks;

import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of the issue, each with its baseline in the same run, and writes one Markdown table of
 * absolute values, ratios and targets, with the machine and JVM flags, to a file. {@code --smoke} runs everything
 * once, briefly, for CI.
 *
 * <p>{@code PerformanceReport [--smoke] --out target/performance.md [--project <root>]}
 */
public final class PerformanceReport {
  private final RunSettings settings;
  private final Path project;
  /** The phases, in the order they run, for {@code --only} (comma-separated). */
  static final String PHASES = "validation,client,checks,starts,peers,load,coverage,heap,build";

  private final List<Figure> figures = new ArrayList<>();
  private PeerResults peers;
  private long unexpected;

  PerformanceReport(RunSettings settings, Path project) {
    this.settings = settings;
    this.project = project;
  }

  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    Set<String> only = Set.of();
    Path out = Path.of("target", "performance.md");
    Path project = Path.of("").toAbsolutePath();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--project" -> project = Path.of(args[++i]);
        case "--only" -> only = "all".equals(args[++i]) ? Set.of() : Set.of(args[i].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: PerformanceReport [--smoke] [--out FILE] [--project DIR] [--only all|" + PHASES + "]");
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path report = out;
    // written after every phase, so that a run stopped half-way keeps what it measured
    PerformanceReport run = new PerformanceReport(smoke ? RunSettings.smokeRun() : RunSettings.fullRun(), project);
    String table = run.run(only, sofar -> Files.writeString(report, sofar, StandardCharsets.UTF_8));
    System.out.println(table);
    System.out.println("written to " + out.toAbsolutePath());
    // JMH and the HTTP clients leave non-daemon threads behind; the report is written.
    System.exit(0);
  }

  /** Where the report so far goes after each phase. */
  interface Progress {
    void report(String markdown) throws IOException;
  }

  /** A phase of the run. */
  private interface Phase {
    void run() throws Exception;
  }

  /** Runs every measurement and returns the Markdown report. */
  String run() throws Exception {
    return run(Set.of(), markdown -> { });
  }

  /** Runs the phases named in {@code only} ({@link #PHASES}), or all of them when it is empty. */
  String run(Set<String> only, Progress progress) throws Exception {
    OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    long start = System.nanoTime();
    Map<String, Phase> phases = new LinkedHashMap<>();
    phases.put("validation", this::validation);
    phases.put("client", this::clientCalls);
    phases.put("checks", this::contractChecks);
    phases.put("starts", () -> figures.addAll(StartFigures.measure(settings, project, target().resolve("starts"))));
    phases.put("peers", this::peers);
    phases.put("load", this::load);
    phases.put("coverage", this::coverage);
    phases.put("heap", this::heap);
    phases.put("build", this::build);
    if (!phases.keySet().containsAll(only)) {
      throw new IllegalArgumentException("--only takes " + PHASES + ", not " + only);
    }
    for (Map.Entry<String, Phase> phase : phases.entrySet()) {
      if (only.isEmpty() || only.contains(phase.getKey())) {
        phase.getValue().run();
        progress.report(markdown(started, Duration.ofNanos(System.nanoTime() - start)));
      }
    }
    return markdown(started, Duration.ofNanos(System.nanoTime() - start));
  }

  List<Figure> figures() {
    return figures;
  }

  /** Responses of every load run and peer run with another status than their request should get, and I/O errors. */
  long unexpectedResponses() {
    return unexpected;
  }

  private void validation() throws RunnerException {
    Map<String, Double> validate = new LinkedHashMap<>();
    Map<String, Double> parse = new LinkedHashMap<>();
    for (RunResult result : jmh(ValidationBenchmark.class, settings.warmupIterations())) {
      String payload = result.getParams().getParam("payload");
      double score = result.getPrimaryResult().getScore();
      (result.getParams().getBenchmark().endsWith(".validate") ? validate : parse).put(payload, score);
    }
    // the spec examples: at most 4x the parse; a 10,000-item response: at most 3x (issue 19's goal)
    validate.forEach((payload, micros) -> figures.add(Figure.atMost("validate " + payloadLabel(payload)
        + " vs `readTree` of the same bytes", micros, parse.get(payload), "µs",
        SeedPayloads.LARGE_LIST.equals(payload) ? 3 : 4, "")));
  }

  private static String payloadLabel(String payload) {
    return SeedPayloads.LARGE_LIST.equals(payload)
        ? "a 10,000-item listSystems response (" + ListSystemsPayload.withItems(SeedPayloads.LARGE_LIST_ITEMS).length / 1024 + " KiB)"
        : payload + "'s spec examples (" + SeedPayloads.of(payload).size() + ")";
  }

  private void clientCalls() throws Exception {
    Map<String, Double> scores = scoresByMethod(ClientCallBenchmark.class);
    for (String operation : List.of("CreateSystem", "ListSystems")) {
      figures.add(Figure.atMost("generated client " + Character.toLowerCase(operation.charAt(0)) + operation.substring(1)
              + " vs raw `HttpClient`, same request, sandbox on loopback", scores.get("generated" + operation),
          scores.get("raw" + operation), "µs/call", 1.3, "one caller"));
    }
    ClientCallBenchmark calls = new ClientCallBenchmark();
    calls.setUp();
    try {
      paired("generated client %s vs raw `HttpClient`", 1.2, calls::generatedCreateSystem, calls::rawCreateSystem,
          calls::generatedListSystems, calls::rawListSystems);
    } finally {
      calls.tearDown();
    }
  }

  /**
   * The same-JVM comparison ({@link PairedCalls}) of a createSystem and a listSystems call made two ways, a row
   * each ({@code what} names the operation with {@code %s}): its ratio is the median of the rounds' ratios.
   */
  private void paired(String what, double maxRatio, Callable<?> measuredCreate, Callable<?> baselineCreate,
      Callable<?> measuredList, Callable<?> baselineList) throws Exception {
    PairedCalls paired = settings.paired();
    Map<String, PairedCalls.Result> results = new LinkedHashMap<>();
    results.put("createSystem", paired.compare(measuredCreate, baselineCreate));
    results.put("listSystems", paired.compare(measuredList, baselineList));
    results.forEach((operation, result) -> {
      double ratio = result.medianRatio();
      // the columns print what was measured (the medians per call); the ratio is the median of the rounds' ratios
      figures.add(new Figure(String.format(what, operation) + ", same JVM, alternating blocks, sandbox on loopback",
          result.measuredMicros(), result.baselineMicros(), ratio, "µs/call", "≤ " + maxRatio + "×",
          ratio <= maxRatio, String.format(Locale.ROOT, "ratio: median of %d rounds' ratios, %d calls a block, after "
              + "%d s of both, %s", paired.rounds(), paired.callsPerBlock(), paired.warmUp().toSeconds(),
              result.steady() ? "then steady (two pairs of blocks within 5 %)" : "NOT steady after twice that")));
    });
  }

  private void contractChecks() throws Exception {
    Map<String, Double> scores = scoresByMethod(ContractChecksBenchmark.class);
    for (String operation : List.of("CreateSystem", "ListSystems")) {
      figures.add(Figure.atMost("client " + Character.toLowerCase(operation.charAt(0)) + operation.substring(1)
              + " with contract checks STRICT vs OFF, sandbox on loopback", scores.get("clientStrict" + operation),
          scores.get("clientOff" + operation), "µs/call", 1.1, "one caller"));
    }
    ContractChecksBenchmark checks = new ContractChecksBenchmark();
    checks.setUp();
    try {
      paired("client %s with contract checks STRICT vs OFF", 1.1, checks::clientStrictCreateSystem,
          checks::clientOffCreateSystem, checks::clientStrictListSystems, checks::clientOffListSystems);
    } finally {
      checks.tearDown();
    }
    double off = scores.get("clientOffCreateSystem");
    figures.add(Figure.atMost("client createSystem OFF plus the STRICT checks' own work (request and 201 validated) vs "
        + "OFF", off + scores.get("checksOfACreateSystem"), off, "µs/call", 1.1,
        String.format(Locale.ROOT, "checks alone %.1f µs per call", scores.get("checksOfACreateSystem"))));
    double checked = scores.get("serverCheckedCreateSystem");
    double bare = scores.get("serverBareCreateSystem");
    figures.add(new Figure("createSystem to a Jersey server of the stubs with `ContractValidationFeature` (request and "
        + "response checked) vs without", checked, bare, "µs/req", "reported", null,
        String.format(Locale.ROOT, "%+.1f µs per request; one caller, raw `HttpClient`", checked - bare)));
  }

  /** The score of each benchmark method of a class without parameters, by the method's name. */
  private Map<String, Double> scoresByMethod(Class<?> benchmark) throws RunnerException {
    Map<String, Double> scores = new TreeMap<>();
    for (RunResult result : jmh(benchmark, settings.callWarmupIterations())) {
      String method = result.getParams().getBenchmark();
      scores.put(method.substring(method.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    return scores;
  }

  private Collection<RunResult> jmh(Class<?> benchmark, int warmupIterations) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
        .forks(settings.forks())
        .warmupIterations(warmupIterations)
        .warmupTime(TimeValue.milliseconds(settings.iterationTime().toMillis()))
        .measurementIterations(settings.iterations())
        .measurementTime(TimeValue.milliseconds(settings.iterationTime().toMillis()))
        .shouldFailOnError(true)
        .build()).run();
  }

  private void load() throws Exception {
    for (int connections : settings.loadConnections()) {
      LoadResult bare;
      try (ConstantServer server = new ConstantServer(Sandbox.DEFAULT_THREADS)) {
        bare = LoadGenerator.run(server.port(), connections, settings.loadWarmUp(), settings.loadDuration());
      }
      LoadResult sandbox;
      try (Sandbox server = Sandbox.builder().port(0).start()) {
        seedReadList(server);
        sandbox = LoadGenerator.run(server.port(), connections, settings.loadWarmUp(), settings.loadDuration());
      }
      unexpected += sandbox.unexpected() + bare.unexpected();
      String window = settings.loadDuration().toSeconds() + " s";
      figures.add(Figure.atLeast("sandbox throughput, " + connections + " connections, mixed 7 GET : 2 PUT : 1 POST, vs bare "
              + "Jetty answering a constant", sandbox.throughput(), bare.throughput(), "req/s", 0.6,
          String.format(Locale.ROOT, "%s after %.1f s, %s (bare %.1f s, %s); unexpected responses: sandbox %d, bare %d",
              window, sandbox.warmUpSeconds(), sandbox.warm().describe(), bare.warmUpSeconds(), bare.warm().describe(),
              sandbox.unexpected(), bare.unexpected())));
      double p99Limit = 20;
      figures.add(new Figure("sandbox p99 latency, " + connections + " connections (bare server as baseline)",
          sandbox.p99Millis(), bare.p99Millis(), "ms", "< 20 ms" + (connections == 16 ? "" : " (target only at 16)"),
          connections == 16 ? sandbox.p99Millis() < p99Limit : null,
          String.format(Locale.ROOT, "p50 %.2f ms (bare %.2f ms)", sandbox.p50Millis(), bare.p50Millis())));
    }
  }

  /**
   * What recording API coverage costs the sandbox: the mixed load on a sandbox recording (as every
   * {@code @SandboxTest} sandbox does) and one not, in three pairs of the same run (one in the smoke), the order
   * alternating so that a drift of the machine does not favour either; the figure is the median of the pairs' ratios.
   */
  private void coverage() throws Exception {
    int connections = settings.loadConnections()[0];
    // the smoke proves the phase runs: one pair (three were a third of the smoke's time)
    int pairs = settings.smoke() ? 1 : 3;
    double[] on = new double[pairs];
    double[] off = new double[pairs];
    double[] ratios = new double[pairs];
    CoverageRecorder recorder = new CoverageRecorder("sandbox");
    for (int pair = 0; pair < pairs; pair++) {
      for (boolean recording : pair % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
        LoadResult result;
        try (Sandbox server = Sandbox.builder().port(0).recordCoverage(recording ? recorder : null).start()) {
          seedReadList(server);
          result = LoadGenerator.run(server.port(), connections, settings.loadWarmUp(), settings.loadDuration());
        }
        unexpected += result.unexpected();
        (recording ? on : off)[pair] = result.throughput();
      }
      ratios[pair] = on[pair] / off[pair];
    }
    double ratio = Median.of(ratios);
    figures.add(new Figure("sandbox throughput recording API coverage vs not, " + connections + " connections, mixed "
        + "7 GET : 2 PUT : 1 POST", Median.of(on), Median.of(off), ratio, "req/s", "≥ 0.9×", ratio >= 0.9,
        String.format(Locale.ROOT, "median of %d alternating pairs, ratios %s; %d exchanges recorded", pairs,
            Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r)).toList(),
            recorder.snapshot().exchanges())));
  }

  private Path target() {
    return project.resolve("benchmarks/target");
  }

  /** The sandbox against WireMock, MockServer, Prism and bare Jetty, each a process; the table's chart beside it. */
  private void peers() throws Exception {
    Path work = target().resolve("peers-run");
    peers = new PeerComparison(settings, work).run(new Contenders(project, target().resolve("peers"), work)
        .available(!settings.smoke()));
    figures.addAll(PeerFigures.of(peers));
    unexpected += peers.contenders().stream().mapToLong(peers::unexpected).sum();
    Files.writeString(chart(), PeerChart.svg(peers, "The sandbox and its peers, " + peers.rounds() + ", medians"));
  }

  Path chart() {
    return target().resolve(settings.smoke() ? "performance-peers-smoke.svg" : "performance-peers.svg");
  }

  /** The listSystems the load reads: the two systems of the spec's example. */
  private static void seedReadList(Sandbox sandbox) throws IOException {
    try (KeepAliveConnection http = new KeepAliveConnection(sandbox.port())) {
      for (String systemId : SandboxIds.READ_LIST) {
        int status = http.exchange(KeepAliveConnection.request("POST", "/edfs/itwins/" + SandboxIds.READ_ITWIN + "/systems",
            SandboxIds.createSystemBody(systemId)));
        if (status != 201) {
          throw new IllegalStateException("seeding the read list answered " + status);
        }
      }
    }
  }

  private void heap() throws IOException, InterruptedException {
    HeapMeasurement.Heap heap = HeapMeasurement.measure(settings.heapPayloadBytes());
    figures.add(Figure.atMost("live heap validating a " + heap.payloadBytes() / (1024 * 1024) + " MiB listSystems "
            + "response vs after `readTree` of it", heap.validationPeakBytes() / 1048576.0, heap.readTreeBytes() / 1048576.0,
        "MiB", 2, "peak of " + heap.samples() + " full-GC samples; child JVM " + String.join(" ", HeapMeasurement.JVM_FLAGS)));
  }

  private void build() throws IOException, InterruptedException {
    if (settings.buildRuns() == 0) {
      return;
    }
    BuildTimer timer = new BuildTimer(project, project.resolve("benchmarks/target/build-m2"),
        project.resolve("benchmarks/target/build-timing.log"));
    try {
      timer.prepare();
    } catch (IllegalStateException e) {
      // The other figures took minutes: keep them, and say why this one is missing.
      figures.add(new Figure("no-change `mvn -o -q install` vs `mvn -o -q validate`", Double.NaN, Double.NaN, "s", "≤ 3×",
          null, "not measured: " + e.getMessage()));
      return;
    }
    double validate = timer.median(settings.buildRuns(), "validate");
    double install = timer.median(settings.buildRuns(), "install", "-DskipTests");
    figures.add(Figure.atMost("no-change `mvn -o -q install -DskipTests` vs `mvn -o -q validate`", install, validate, "s", 3,
        "median of " + settings.buildRuns() + "; private local repository"));
    double withTests = timer.median(1, "install");
    figures.add(Figure.atMost("no-change `mvn -o -q install` (all tests) vs `mvn -o -q validate`", withTests, validate, "s", 3,
        "one run; private local repository"));
  }

  private String markdown(OffsetDateTime started, Duration took) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append(settings.smoke() ? "### Performance (smoke run: not figures to quote)\n\n" : "### Performance\n\n");
    md.append("| benchmark | measured | baseline (same run) | ratio | target | | note |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    figures.forEach(f -> md.append(f.markdownRow()).append('\n'));
    if (peers == null) {
      md.append('\n');
    } else {
      md.append("\nThe sandbox and its peers, each a process of its own started as its users start it, the same "
          + "requests (Prism: without the API's base path), 16 keep-alive connections; median of the rounds (range). "
          + "Chart: `benchmarks/target/").append(chart().getFileName()).append("`.\n\n");
      md.append(peers.markdown()).append('\n');
    }
    md.append("Run ").append(started).append(", took ").append(took.toSeconds()).append(" s. ");
    md.append("Machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ").append(memory()).append(" RAM, ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch")).append(". ");
    md.append("JVM: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.vm.version"))
        .append(", flags `").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())).append("`");
    md.append(" (JMH forks inherit them). ");
    md.append(String.format(Locale.ROOT, "JMH 1.37: %d fork(s) per benchmark method, %d×%d ms warm-up (%d× for the "
        + "calls over HTTP), %d×%d ms measured, average time. ", settings.forks(), settings.warmupIterations(),
        settings.iterationTime().toMillis(), settings.callWarmupIterations(), settings.iterations(),
        settings.iterationTime().toMillis()));
    md.append("Load: closed loop, one keep-alive connection per thread, ").append(settings.loadWarmUp().describe())
        .append(", then ").append(settings.loadDuration().toSeconds())
        .append(" s measured, client and server in one JVM on the same cores.\n");
    return md.toString();
  }

  private static String cpu() throws IOException {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      for (String line : Files.readAllLines(cpuinfo)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    }
    return "unknown CPU";
  }

  private static String memory() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024)) + " GiB";
    }
    return "unknown";
  }
}
