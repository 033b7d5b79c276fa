package io.itwincontracts.client;

import feign.RetryableException;
import feign.Retryer;
import io.itwincontracts.client.RetryPolicy.Decision;
import io.itwincontracts.client.RetryPolicy.Failure;
import io.itwincontracts.client.RetryPolicy.GiveUp;
import io.itwincontracts.client.RetryPolicy.Refused;
import io.itwincontracts.client.RetryPolicy.Retry;
import io.itwincontracts.client.RetryPolicy.TransportFailed;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Feign's retry loop, reduced to asking {@link RetryPolicy} and sleeping. The error decoder hands every error
 * answer over as a {@link RetryableException} around the typed {@link ITwinApiException}, and Feign does the same
 * with I/O failures around the {@link IOException}; this turns that into the policy's {@link Failure} and either
 * throws what the policy gives up with or sleeps the wait it asks for. Feign clones this per call, so the attempt
 * count and the elapsed time are per call. Time comes from the seams ({@code nanoTime}, {@link Sleeper}), so that
 * tests never wait for real.
 */
final class RetryAfterRetryer implements Retryer {
  /** Waits before the next attempt. */
  @FunctionalInterface
  interface Sleeper {
    Sleeper REAL = wait -> Thread.sleep(wait.toMillis());

    void sleep(Duration wait) throws InterruptedException;
  }

  private final RetryPolicy policy;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final long start;
  private int attempt = 1;

  RetryAfterRetryer(RetryPolicy policy, LongSupplier nanoTime, Sleeper sleeper) {
    this.policy = policy;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.start = nanoTime.getAsLong();
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    Failure failure = e.getCause() instanceof ITwinApiException refused ? Refused.by(refused)
        : new TransportFailed(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e.getCause()));
    String method = e.method().name();
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
    Decision decision = policy.decide(failure, method, attempt, elapsed);
    if (decision instanceof GiveUp giveUp) {
      throw giveUp.error();
    }
    try {
      sleeper.sleep(((Retry) decision).after());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw policy.giveUp(failure, method, attempt, elapsed).error();
    }
    attempt++;
  }

  @Override
  public Retryer clone() {
    return new RetryAfterRetryer(policy, nanoTime, sleeper);
  }
}
