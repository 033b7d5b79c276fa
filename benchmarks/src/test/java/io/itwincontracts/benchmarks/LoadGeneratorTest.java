package io.itwincontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.Replies;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The load generator counts only the answers a request should get; a warm-up says whether it settled. */
class LoadGeneratorTest {
  private static final byte[] GET = KeepAliveConnection.request("GET", "/anything", null);
  private static final WarmUp BRIEF = WarmUp.steady(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(400));

  @Test
  void anErroringServerHasNoThroughputAndEveryAnswerIsUnexpected() throws Exception {
    try (LoopbackServer server = LoopbackServer.answering(Replies.json(500, "{\"error\":{\"code\":\"Boom\"}}"))) {
      LoadResult result = LoadGenerator.run(server.port(), 2, WarmUp.none(), Duration.ofMillis(300),
          Traffic.repeat(GET, 200));

      assertThat(result.requests()).isZero();
      assertThat(result.throughput()).isZero();
      assertThat(result.unexpected()).isPositive();
    }
  }

  @Test
  void theExpectedAnswersAreTheThroughput() throws Exception {
    try (LoopbackServer server = LoopbackServer.answering(Replies.json(200, "{}"))) {
      LoadResult result = LoadGenerator.run(server.port(), 2, BRIEF, Duration.ofMillis(300), Traffic.repeat(GET, 200));

      assertThat(result.requests()).isPositive();
      assertThat(result.unexpected()).isZero();
      assertThat(result.warmUpSeconds()).isGreaterThanOrEqualTo(0.05 + 0.1);
      assertThat(result.warm().windows()).isPositive();
    }
  }

  @Test
  void aServerThatNeverSettlesIsReportedAsNotSteady() throws Exception {
    // no answer counts, so no two windows can agree: the warm-up ends at its limit and says so
    try (LoopbackServer server = LoopbackServer.answering(Replies.json(503, "{}"))) {
      LoadResult result = LoadGenerator.run(server.port(), 1, BRIEF, Duration.ofMillis(100), Traffic.repeat(GET, 200));

      assertThat(result.warm().steady()).isFalse();
      assertThat(result.warm().describe()).startsWith("NOT steady");
      assertThat(result.warmUpSeconds()).isBetween(0.4, 5.0);
    }
  }
}
