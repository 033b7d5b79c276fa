package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import feign.Logger;
import io.itwincontracts.client.ITwinApiException;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.RateLimitedException;
import io.itwincontracts.client.UnprocessableEntityException;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.Replies;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client against servers that misbehave: each fault, for a GET and for a POST, must end the call with the typed
 * exception after exactly the attempts the retry rules give it (an I/O failure retries a GET, never a POST; a 429
 * is retried after its retry-after, or after a backoff when that is unreadable, but not when it asks for more than
 * maxRetryWait; any other error is thrown at once), each attempt that timed out having waited its read timeout.
 * Counts and the order of arrivals are what is asserted, not the wall time a loaded machine takes. The retry and
 * error-mapping basics are the client module's own tests; this is the fault matrix with its figures.
 */
class ClientFaultsTest {
  private static final SecretLedger LEDGER = SecretLedger.capturing();
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";
  private static final String TOKEN = "fault-bearer-3a9d-e8f0";
  private static final String PASSWORD = "fault-password-61c7-ab02";
  private static final int MAX_ATTEMPTS = 3;
  private static final Duration READ_TIMEOUT = Duration.ofMillis(400);
  private static final Duration BACKOFF = Duration.ofMillis(20);
  private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(5);
  /** Only against a client that hangs: every fault ends in a few read timeouts. */
  private static final Duration HANG_LIMIT = Duration.ofSeconds(60);
  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger BOUNDS_HELD = new AtomicInteger();

  /**
   * A fault and how the call must end: the exception, the attempts of a GET and of a POST, how far apart the
   * attempts arrive at least (a timed-out attempt waited its read timeout; half of it, for the time the server
   * takes to read a request, is still far above the backoff an attempt that did not wait would be followed by) and,
   * for a retry-after that is not waited for, the wait the exception carries. A body that echoes a secret echoes
   * the token, the one secret a GET sends too.
   */
  record Fault(String name, LoopbackServer.Answer misbehaviour, Class<? extends RuntimeException> expected,
      int getAttempts, int postAttempts, Duration apartAtLeast, Duration notWaitedFor) {
    @Override
    public String toString() {
      return name;
    }

    /** No complete answer: a GET is tried every time, a POST once. */
    static Fault ioFailure(String name, LoopbackServer.Answer misbehaviour) {
      return new Fault(name, misbehaviour, UncheckedIOException.class, MAX_ATTEMPTS, 1, Duration.ZERO, null);
    }

    /** No complete answer within the read timeout, which each attempt waits out. */
    static Fault timeout(String name, LoopbackServer.Answer misbehaviour) {
      return new Fault(name, misbehaviour, UncheckedIOException.class, MAX_ATTEMPTS, 1, READ_TIMEOUT.dividedBy(2), null);
    }

    /** A 429 tried again, whatever the method, until the attempts are used up. */
    static Fault retried429(String name, LoopbackServer.Answer misbehaviour) {
      return new Fault(name, misbehaviour, RateLimitedException.class, MAX_ATTEMPTS, MAX_ATTEMPTS, Duration.ZERO, null);
    }

    /** A 429 asking for longer than maxRetryWait: thrown at once, carrying the wait. */
    static Fault tooLongToWait(String name, LoopbackServer.Answer misbehaviour, Duration retryAfter) {
      return new Fault(name, misbehaviour, RateLimitedException.class, 1, 1, Duration.ZERO, retryAfter);
    }

    /** An error status no retry rule covers: thrown at once. */
    static Fault thrownAtOnce(String name, LoopbackServer.Answer misbehaviour, Class<? extends RuntimeException> expected) {
      return new Fault(name, misbehaviour, expected, 1, 1, Duration.ZERO, null);
    }

    int attempts(String method) {
      return method.equals("GET") ? getAttempts : postAttempts;
    }
  }

  static Stream<Fault> faults() {
    return Stream.of(
        Fault.ioFailure("closes the connection mid-response", Replies.hangUpMidBody()),
        Fault.ioFailure("closes the connection before the status line", Replies.hangUp()),
        Fault.timeout("never answers", Replies.never()),
        Fault.timeout("stalls in the middle of the body", Replies.stallMidBody()),
        Fault.retried429("answers 429 forever", out -> write(out, error(429, "{\"error\":{\"code\":\"TooManyRequests\","
            + "\"message\":\"slow down\"}}", "retry-after: 0\r\n"))),
        Fault.tooLongToWait("answers 429 with a retry-after longer than maxRetryWait", out -> write(out, error(429, "{}",
            "retry-after: 86400\r\n")), Duration.ofSeconds(86400)),
        Fault.retried429("sends retry-after garbage", out -> write(out, error(429, "{}", "retry-after: soon, maybe\r\n"))),
        Fault.retried429("sends a negative retry-after", out -> write(out, error(429, "{}", "retry-after: -5\r\n"))),
        Fault.tooLongToWait("sends a retry-after past Long.MAX_VALUE", out -> write(out, error(429, "{}",
            "retry-after: 99999999999999999999999999\r\n")), Duration.ofSeconds(Long.MAX_VALUE)),
        Fault.retried429("sends an invalid retry-after date", out -> write(out, error(429, "{}",
            "retry-after: Wed, 99 Foo 2026 25:61:61 GMT\r\n"))),
        Fault.thrownAtOnce("sends a non-JSON error body", out -> write(out, error(422, "<html><body>Bad gateway for Bearer "
            + TOKEN + "</body></html>", "")), UnprocessableEntityException.class),
        Fault.thrownAtOnce("sends a JSON error of another shape", out -> write(out, error(422,
            "[\"not\", {\"the\": \"shape\"}]", "")), UnprocessableEntityException.class),
        Fault.thrownAtOnce("sends a 32 MiB error body", out -> {
          write(out, "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\nContent-Length: "
              + 32 * 1024 * 1024 + "\r\n\r\n");
          byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 32; i++) {
            out.write(chunk);
          }
          out.flush();
        }, UnprocessableEntityException.class),
        Fault.thrownAtOnce("sends a 500 with a stack trace", out -> write(out, error(500, "java.lang.IllegalStateException: "
            + "boom\n\tat com.example.Secret(Secret.java:1)", "")), ITwinApiException.class),
        Fault.ioFailure("sends a status line that is not HTTP", out -> write(out, "SMTP 220 ready\r\n\r\n")));
  }

  static Stream<Arguments> matrix() {
    return faults().flatMap(fault -> Stream.of(Arguments.of(fault, "GET"), Arguments.of(fault, "POST")));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("matrix")
  void everyFaultEndsAfterTheAttemptsItsRetryRuleGivesWithTheTypedException(Fault fault, String method) {
    LEDGER.secret(TOKEN, PASSWORD);
    TRIED.incrementAndGet();
    try (LoopbackServer server = LoopbackServer.answering(fault.misbehaviour())) {
      ITwinPlatform platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> TOKEN)
          .maxAttempts(MAX_ATTEMPTS).initialBackoff(BACKOFF).maxRetryWait(MAX_RETRY_WAIT)
          .connectTimeout(Duration.ofSeconds(1)).readTimeout(READ_TIMEOUT).logLevel(Logger.Level.FULL).build();
      Consumer<ITwinPlatform> call = method.equals("GET") ? p -> p.edfs().listSystems(ITWIN)
          : p -> p.edfs().createSystem(ITWIN, new SaveUserSystemCredentialDto().name("Faulty").systemId("faulty")
              .systemType("EDF.Sql").credentials(Map.of("Password", PASSWORD)));

      long start = System.nanoTime();
      RuntimeException failure = assertTimeoutPreemptively(HANG_LIMIT, () -> failureOf(call, platform),
          () -> "the call did not end within " + HANG_LIMIT);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(failure).as("the call fails").isInstanceOf(fault.expected());
      LEDGER.record(failure);
      LEDGER.record(failure.toString());
      assertThat(failure.getMessage()).as("a short message").hasSizeLessThan(1000);
      // One attempt is one request on the wire: the JDK client's own resend of a GET is stopped (OneSendHttpClient),
      // and a POST is never sent twice after an I/O error.
      assertThat(server.methods()).as("requests received, one per attempt")
          .containsExactlyElementsOf(Collections.nCopies(fault.attempts(method), method));
      List<Instant> arrivals = server.received().stream().map(LoopbackServer.Received::at).toList();
      for (int i = 1; i < arrivals.size(); i++) {
        assertThat(Duration.between(arrivals.get(i - 1), arrivals.get(i))).as("attempt %d after attempt %d", i + 1, i)
            .isGreaterThanOrEqualTo(fault.apartAtLeast());
      }
      if (fault.notWaitedFor() != null) {
        assertThat(((RateLimitedException) failure).retryAfter()).as("the wait it carries").hasValue(fault.notWaitedFor());
        assertThat(took).as("thrown without waiting even maxRetryWait").isLessThan(MAX_RETRY_WAIT);
      }
      BOUNDS_HELD.incrementAndGet();
    }
  }

  @AfterAll
  static void figures() {
    System.out.printf("client faults: %d tried (%d faults x GET and POST), attempt counts and order held in %d%n",
        TRIED.get(), faults().count(), BOUNDS_HELD.get());
  }

  private static RuntimeException failureOf(Consumer<ITwinPlatform> call, ITwinPlatform platform) {
    try {
      call.accept(platform);
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static String error(int status, String body, String headers) {
    return "HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\n" + headers + "Content-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  private static void write(OutputStream out, String text) throws java.io.IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
