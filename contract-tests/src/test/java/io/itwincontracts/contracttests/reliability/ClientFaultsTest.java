package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client against servers that misbehave: each fault, for a GET and for a POST, must end the call within the
 * client's configured bounds (attempts, timeouts, retry waits) with the typed exception, and a POST is never sent
 * twice after an I/O error. The retry and error-mapping basics are the client module's own tests; this is the
 * fault matrix with its figures.
 */
class ClientFaultsTest {
  private static final SecretLedger LEDGER = SecretLedger.capturing();
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";
  private static final String TOKEN = "fault-bearer-3a9d-e8f0";
  private static final String PASSWORD = "fault-password-61c7-ab02";
  private static final int MAX_ATTEMPTS = 3;
  private static final Duration READ_TIMEOUT = Duration.ofMillis(400);
  private static final Duration BACKOFF = Duration.ofMillis(20);
  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger BOUNDS_HELD = new AtomicInteger();

  /** A fault; a body that echoes a secret echoes the token, the one secret a GET sends too. */
  record Fault(String name, LoopbackServer.Answer misbehaviour, Class<? extends RuntimeException> expected,
      Duration bound) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Fault> faults() {
    // every bound: the attempts' timeouts and waits, plus 1 s for two slow cores
    Duration slack = Duration.ofSeconds(1);
    Duration allTimeouts = READ_TIMEOUT.multipliedBy(MAX_ATTEMPTS).plus(BACKOFF.multipliedBy(8)).plus(slack);
    return Stream.of(
        new Fault("closes the connection mid-response", Replies.hangUpMidBody(), UncheckedIOException.class,
            allTimeouts),
        new Fault("closes the connection before the status line", Replies.hangUp(), UncheckedIOException.class,
            allTimeouts),
        new Fault("never answers", Replies.never(), UncheckedIOException.class, allTimeouts),
        new Fault("stalls in the middle of the body", Replies.stallMidBody(), UncheckedIOException.class, allTimeouts),
        new Fault("answers 429 forever", out -> write(out, error(429, "{\"error\":{\"code\":\"TooManyRequests\","
            + "\"message\":\"slow down\"}}", "retry-after: 0\r\n")), RateLimitedException.class, allTimeouts),
        new Fault("answers 429 with a retry-after longer than maxRetryWait", out -> write(out, error(429, "{}",
            "retry-after: 86400\r\n")), RateLimitedException.class, slack),
        new Fault("sends retry-after garbage", out -> write(out, error(429, "{}", "retry-after: soon, maybe\r\n")),
            RateLimitedException.class, allTimeouts),
        new Fault("sends a negative retry-after", out -> write(out, error(429, "{}", "retry-after: -5\r\n")),
            RateLimitedException.class, allTimeouts),
        new Fault("sends a retry-after past Long.MAX_VALUE", out -> write(out, error(429, "{}",
            "retry-after: 99999999999999999999999999\r\n")), RateLimitedException.class, slack),
        new Fault("sends an invalid retry-after date", out -> write(out, error(429, "{}",
            "retry-after: Wed, 99 Foo 2026 25:61:61 GMT\r\n")), RateLimitedException.class, allTimeouts),
        new Fault("sends a non-JSON error body", out -> write(out, error(422, "<html><body>Bad gateway for Bearer " + TOKEN
            + "</body></html>", "")), UnprocessableEntityException.class, slack),
        new Fault("sends a JSON error of another shape", out -> write(out, error(422, "[\"not\", {\"the\": \"shape\"}]", "")),
            UnprocessableEntityException.class, slack),
        new Fault("sends a 32 MiB error body", out -> {
          write(out, "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\nContent-Length: "
              + 32 * 1024 * 1024 + "\r\n\r\n");
          byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 32; i++) {
            out.write(chunk);
          }
          out.flush();
        }, UnprocessableEntityException.class, slack.multipliedBy(3)),
        new Fault("sends a 500 with a stack trace", out -> write(out, error(500, "java.lang.IllegalStateException: "
            + "boom\n\tat com.example.Secret(Secret.java:1)", "")), ITwinApiException.class, slack),
        new Fault("sends a status line that is not HTTP", out -> write(out, "SMTP 220 ready\r\n\r\n"),
            UncheckedIOException.class, allTimeouts));
  }

  static Stream<Arguments> matrix() {
    return faults().flatMap(fault -> Stream.of(Arguments.of(fault, "GET"), Arguments.of(fault, "POST")));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("matrix")
  void everyFaultEndsWithinTheClientsBoundsWithTheTypedException(Fault fault, String method) {
    LEDGER.secret(TOKEN, PASSWORD);
    TRIED.incrementAndGet();
    try (LoopbackServer server = LoopbackServer.answering(fault.misbehaviour())) {
      ITwinPlatform platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> TOKEN)
          .maxAttempts(MAX_ATTEMPTS).initialBackoff(BACKOFF).maxRetryWait(Duration.ofSeconds(2))
          .connectTimeout(Duration.ofSeconds(1)).readTimeout(READ_TIMEOUT).logLevel(Logger.Level.FULL).build();
      Consumer<ITwinPlatform> call = method.equals("GET") ? p -> p.edfs().listSystems(ITWIN)
          : p -> p.edfs().createSystem(ITWIN, new SaveUserSystemCredentialDto().name("Faulty").systemId("faulty")
              .systemType("EDF.Sql").credentials(Map.of("Password", PASSWORD)));

      long start = System.nanoTime();
      RuntimeException failure = null;
      try {
        call.accept(platform);
      } catch (RuntimeException e) {
        failure = e;
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(failure).as("the call fails").isInstanceOf(fault.expected());
      LEDGER.record(failure);
      LEDGER.record(failure.toString());
      assertThat(failure.getMessage()).as("a short message").hasSizeLessThan(1000);
      assertThat(took).as("time taken").isLessThanOrEqualTo(fault.bound());
      if (method.equals("POST") && failure instanceof UncheckedIOException) {
        assertThat(server.methods()).as("a POST is never sent twice after an I/O error").containsExactly("POST");
      }
      // One attempt is one request on the wire: the JDK client's own resend of a GET is stopped (OneSendHttpClient).
      assertThat(server.methods()).as("requests received").hasSizeLessThanOrEqualTo(MAX_ATTEMPTS);
      BOUNDS_HELD.incrementAndGet();
    }
  }

  @AfterAll
  static void figures() {
    System.out.printf("client faults: %d tried (%d faults x GET and POST), time and attempt bounds held in %d%n",
        TRIED.get(), faults().count(), BOUNDS_HELD.get());
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
