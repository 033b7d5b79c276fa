package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.Check;
import io.itwincontracts.conformance.Failure;
import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.conformance.internal.http.Problem;
import io.itwincontracts.conformance.internal.http.ResponseChecks;
import io.itwincontracts.conformance.internal.http.Sender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the cases of one run in order, holds each answer to the contract ({@link ResponseChecks}) and to its
 * case's {@link Expectation}, and keeps the failures, each with its request written as a replayable file. A 429
 * that keeps the contract is waited out once (up to {@value #MAX_RETRY_WAIT_SECONDS} s), as a client would.
 */
final class VerifyRun implements Runner {
  private static final int MAX_RETRY_WAIT_SECONDS = 5;

  private final Sender sender;
  private final ResponseChecks checks;
  private final Path failureDirectory;
  private final long seed;
  private final long deadline;
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private int skipped;

  VerifyRun(Sender sender, ResponseChecks checks, Path failureDirectory, long seed, Duration timeLimit) {
    this.sender = sender;
    this.checks = checks;
    this.failureDirectory = failureDirectory;
    this.seed = seed;
    this.deadline = System.nanoTime() + timeLimit.toNanos();
  }

  /** Sends the case and checks the answer; past the time limit, counts it as skipped and sends nothing. */
  @Override
  public Answer execute(VerifyCase sent) throws InterruptedException {
    if (System.nanoTime() > deadline) {
      skipped++;
      return Answer.none("not sent: the run's time limit was reached");
    }
    counts.computeIfAbsent(sent.operationId(), k -> new LinkedHashMap<>()).merge(sent.kind().label(), 1, Integer::sum);
    Answer answer = sender.send(sent.request());
    List<Problem> problems = checks.check(sent.operationId(), answer);
    if (answer.status() == 429 && problems.isEmpty() && answer.header("retry-after").strip().matches("[0-9]{1,9}")) {
      long wait = Long.parseLong(answer.header("retry-after").strip());
      if (wait <= MAX_RETRY_WAIT_SECONDS) {
        Thread.sleep(wait * 1000);
        answer = sender.send(sent.request());
        problems = checks.check(sent.operationId(), answer);
      }
    }
    Optional<String> unmet = answer.status() == 0 ? Optional.empty()
        : sent.expectation().unmet(answer);
    if (unmet.isPresent()) {
      problems.add(0, new Problem(Check.EXPECTED_STATUS, unmet.get(), answer.summary()));
    }
    problems.forEach(problem -> fail(sent, problem));
    return answer;
  }

  /** Records a failure of the case, and writes its request for replay. */
  @Override
  public void fail(VerifyCase sent, Problem problem) {
    Path replay = null;
    if (failureDirectory != null) {
      try {
        replay = ReplayFile.write(failureDirectory, failures.size() + 1, sent, seed, problem);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the failing case to " + failureDirectory, e);
      }
    }
    failures.add(new Failure(sent.operationId(), sent.name(), problem.check(), problem.expected(), problem.got(),
        replay));
  }

  Outcome outcome(Duration elapsed) {
    return new Outcome(seed, failures, counts, skipped, elapsed);
  }
}
