package io.itwincontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A body's deadline interrupts its caller once it passes, never before, and never after the caller stopped it. */
class BodyDeadlinesTest {
  private final BodyDeadlines deadlines = new BodyDeadlines();

  @Test
  @Timeout(10)
  void interruptsTheWaitingCallerOnceItsDeadlinePasses() {
    BodyDeadlines.Deadline deadline = deadlines.forCurrentThread(200);
    long start = System.nanoTime();
    deadline.start();

    assertThatThrownBy(() -> Thread.sleep(8_000)).isInstanceOf(InterruptedException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(5));
    assertThat(deadline.stop()).as("stop reports the deadline passed").isTrue();
    assertThat(deadline.stop()).as("a second stop").isFalse();
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  @Timeout(10)
  void aDeadlineStoppedInTimeNeverInterrupts() throws InterruptedException {
    BodyDeadlines.Deadline deadline = deadlines.forCurrentThread(100);
    deadline.start();

    assertThat(deadline.stop()).isFalse();
    Thread.sleep(400);
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  @Timeout(10)
  void aShorterDeadlineStartedAfterALongerOneEndsOnTime() throws InterruptedException {
    CountDownLatch longStarted = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Thread other = new Thread(() -> {
      BodyDeadlines.Deadline longOne = deadlines.forCurrentThread(60_000);
      longOne.start();
      longStarted.countDown();
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      longOne.stop();
    });
    other.start();
    longStarted.await();
    Thread.sleep(50);
    BodyDeadlines.Deadline shortOne = deadlines.forCurrentThread(200);
    long start = System.nanoTime();
    shortOne.start();

    assertThatThrownBy(() -> Thread.sleep(8_000)).isInstanceOf(InterruptedException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(shortOne.stop()).isTrue();
    done.countDown();
    other.join();
  }
}
