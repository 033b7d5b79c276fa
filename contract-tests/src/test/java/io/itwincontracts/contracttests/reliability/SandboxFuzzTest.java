package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.conformance.internal.generator.FuzzCase;
import io.itwincontracts.conformance.internal.generator.FuzzCases;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.http.Request;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.testkit.RawHttp;
import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * At least 10,000 bad requests generated from the specs against a sandbox in check mode: 0 answers with 5xx,
 * every error body is the spec's error JSON, no body shows internals. {@code -Dfuzz.seed=N} changes the run,
 * {@code -Dfuzz.requests=N} its size, {@code -Dfuzz.senders=N} how many send at once (1 sends in order, so a case
 * that spoils a kept-alive connection is the one just before the case that fails); each failing case is written
 * to {@code target/fuzz-failures/} as the HTTP request that reproduces it.
 */
class SandboxFuzzTest {
  private static final SecretLedger LEDGER = SecretLedger.capturing();
  private static final Path FAILURES = Path.of("target", "fuzz-failures");
  private static final int SENDERS = Integer.getInteger("fuzz.senders", 6);
  private static final int TIMEOUT_MILLIS = 10_000;
  private static final Duration RUN_LIMIT = Duration.ofSeconds(100);

  private final ContractValidator validator = ContractValidator.bundled();
  // the client's completions run on its selector thread, not handed to a pool thread each: the bodies are small
  // strings, and the hand-offs were a tenth of the run's CPU
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(Runnable::run).build();
  private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> undocumented = new ConcurrentHashMap<>();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final LongAdder resent = new LongAdder();

  @Test
  void badRequestsNeverGet5xxAndAlwaysGetTheDocumentedErrorJson() throws Exception {
    long seed = Long.getLong("fuzz.seed", 20_261_123L);
    int requested = Integer.getInteger("fuzz.requests", 10_000);
    LEDGER.secret(FuzzCases.TOKEN);
    clean(FAILURES);
    FuzzCases cases = new FuzzCases(validator, seed, PathParameters.sandboxDefaults());
    int total = Math.max(requested, cases.fixedCount());
    FuzzVerdict verdict = new FuzzVerdict(validator);
    long[] nanos = new long[total];   // each case's exchange, by index: every sender writes its own indices
    long start = System.nanoTime();
    try (Sandbox sandbox = Sandbox.builder().port(0).checkResponses(true).threads(8).start()) {
      AtomicInteger next = new AtomicInteger();
      LongAdder sent = new LongAdder();
      ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < SENDERS; i++) {
        running.add(senders.submit(() -> {
          for (int index = next.getAndIncrement(); index < total; index = next.getAndIncrement()) {
            long sentAt = System.nanoTime();
            fuzz(sandbox, cases.get(index), index, seed, verdict);
            nanos[index] = System.nanoTime() - sentAt;
            sent.increment();
          }
        }));
      }
      senders.shutdown();
      try {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        for (Future<?> sender : running) {
          // a sender that threw (a case that cannot be built or judged) fails the run with its exception
          sender.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
      } catch (TimeoutException e) {
        throw new AssertionError("fuzz run not finished in " + RUN_LIMIT.toSeconds() + " s: " + sent.sum() + " of "
            + total + " requests sent", e);
      } catch (ExecutionException e) {
        throw new AssertionError("a sender failed after " + sent.sum() + " of " + total + " requests: " + e.getCause(),
            e.getCause());
      } finally {
        senders.shutdownNow();
      }
      assertThat(sent.sum()).as("requests sent and judged").isEqualTo(total);
      assertThat(byStatus.values().stream().mapToLong(LongAdder::sum).sum()).as("answers counted by status")
          .isEqualTo(total);
      // Every answer Jersey saw: a status its operation documents (or the error JSON for no operation), its body
      // that status's schema. Jetty's own refusals never reach Jersey: FuzzVerdict judges those.
      assertThat(sandbox.responseProblems()).as("answers that broke the spec").isEmpty();
    }
    long fiveXx = byStatus.entrySet().stream().filter(e -> e.getKey().startsWith("5")).mapToLong(e -> e.getValue().sum()).sum();
    System.out.printf("fuzz: seed=%d, %d requests (%d fixed, %d random) in %d ms, 5xx seen: %d, by status: %s,"
        + " undocumented for the request: %s%n", seed, total, cases.fixedCount(), total - cases.fixedCount(),
        Duration.ofNanos(System.nanoTime() - start).toMillis(), fiveXx, new TreeMap<>(byStatus), new TreeMap<>(undocumented));
    System.out.println("fuzz: " + FuzzLatencies.of(nanos, i -> cases.get(i).name()).describe());
    System.out.println("fuzz: resent over a socket of their own after the JDK client's pooled connection closed before"
        + " any answer: " + resent.sum());
    assertThat(failures).as("failing cases, written to " + FAILURES.toAbsolutePath()).isEmpty();
    assertThat(fiveXx).as("answers with 5xx from the sandbox").isZero();
    // a race of the client's pool now and then; a server that closed kept-alive connections by habit would not pass
    assertThat(resent.sum()).as("requests resent after a pooled connection closed before any answer")
        .isLessThan(total / 100);
  }

  private void fuzz(Sandbox sandbox, FuzzCase sent, int index, long seed, FuzzVerdict verdict) {
    int status;
    String head;
    String body;
    String noAnswer = "";
    try {
      HttpRequest request = sent instanceof FuzzCase.WellFormed wellFormed ? request(sandbox, wellFormed.request()) : null;
      HttpResponse<String> response = request == null ? null : sendOrResend(request);
      if (response != null) {
        status = response.statusCode();
        head = response.headers().firstValue("content-type").map(type -> "content-type: " + type).orElse("");
        body = response.body();
      } else {
        RawHttp.Answer answer = RawHttp.exchange(sandbox.port(), sent.bytes(), TIMEOUT_MILLIS);
        status = answer.status();
        head = answer.head();
        body = answer.body();
      }
    } catch (IOException | InterruptedException e) {
      status = 0;
      head = "";
      body = "";
      noAnswer = " (" + e + ")";
    }
    String outcome = status != 0 ? String.valueOf(status) : FuzzVerdict.blank(sent) ? "no answer to blank lines"
        : FuzzVerdict.unparseableTarget(sent) ? "no answer, target Jetty cannot parse" : "closed without answer";
    byStatus.computeIfAbsent(outcome, s -> new LongAdder()).increment();
    int answered = status;
    verdict.undocumentedStatus(sent, status)
        .ifPresent(u -> undocumented.computeIfAbsent(String.valueOf(answered), s -> new LongAdder()).increment());
    List<String> problems = verdict.problems(sent, status, head, body);
    if (!problems.isEmpty()) {
      fail(sent, index, seed, status + " " + problems + noAnswer + " body: " + abbreviate(body));
    }
  }

  /**
   * The JDK client's answer; null when the connection it took from its pool was closed before any answer came (then
   * the bytes go again over a socket of their own, and the case is judged by that answer). The JDK client resends
   * by itself in that race only for GET and HEAD; the run counts the resends and prints them.
   */
  private HttpResponse<String> sendOrResend(HttpRequest request) throws IOException, InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException slow) {
      throw slow;
    } catch (IOException closedBeforeAnyAnswer) {
      if (!String.valueOf(closedBeforeAnyAnswer.getMessage()).contains("received no bytes")) {
        throw closedBeforeAnyAnswer;
      }
      resent.increment();
      return null;
    }
  }

  /** The JDK client's request, or null when it refuses the header or path (then the bytes go over a socket). */
  private HttpRequest request(Sandbox sandbox, Request sent) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + sent.path()))
          .timeout(Duration.ofMillis(TIMEOUT_MILLIS))
          .method(sent.method(), sent.body() == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(sent.body()));
      sent.headers().forEach(h -> request.header(h.getKey(), h.getValue()));
      return request.build();
    } catch (IllegalArgumentException refusedByTheClient) {
      return null;
    }
  }

  private void fail(FuzzCase sent, int index, long seed, String problem) {
    try {
      Path file = sent.writeTo(FAILURES, seed, index, problem);
      failures.add(file.getFileName() + " " + sent.name() + ": " + problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }

  private static void clean(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
