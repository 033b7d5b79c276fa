package io.itwincontracts.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends a call whose response body has not arrived within the read timeout, counted from the response head: the JDK
 * client's own timeout ends with the head, so a server that stalls mid-body would otherwise hang the caller.
 *
 * <p>How: the caller waits in {@code HttpClient.send}; when its deadline passes, the caller's thread is interrupted,
 * and the JDK (since 16) answers an interrupted {@code send} by cancelling the exchange and closing its connection.
 * The interrupt is cleared again before the call returns ({@link Deadline#stop}), so it never leaks to the caller.
 *
 * <p>Why not a timer task per call, or a body subscriber of ours: the JDK runs a subscriber it did not write on its
 * executor (one thread hand-off more per call), and scheduling and cancelling a task per call wakes the scheduler's
 * thread every time; measured in one JVM against a bare call, the two cost 5 % and 9 % of a loopback call. Here one
 * daemon thread for the JVM, started on first use, sleeps until the earliest deadline; a call adds itself to a set
 * and wakes that thread only when its deadline is earlier than the one it sleeps for (with one read timeout, only
 * when the thread is idle), so a call that ends in time costs a set insertion and a removal.
 */
final class BodyDeadlines {
  static final BodyDeadlines SHARED = new BodyDeadlines();

  private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();
  private final Thread watcher;
  /** The deadline the watcher sleeps until; {@code Long.MAX_VALUE} while it scans or has nothing to wait for. */
  private volatile long sleepingUntil = Long.MAX_VALUE;

  BodyDeadlines() {
    watcher = new Thread(this::watch, "itwin-client-body-deadlines");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** A deadline for the calling thread's next body, not running until {@link Deadline#start}. */
  Deadline forCurrentThread(long timeoutMillis) {
    return new Deadline(Thread.currentThread(), timeoutMillis * 1_000_000L);
  }

  private void watch() {
    while (true) {
      sleepingUntil = Long.MAX_VALUE;
      long now = System.nanoTime();
      long earliest = Long.MAX_VALUE;
      for (Deadline deadline : pending) {
        if (deadline.at - now <= 0) {
          deadline.expire();
        } else if (earliest == Long.MAX_VALUE || deadline.at - earliest < 0) {
          earliest = deadline.at;
        }
      }
      if (earliest == Long.MAX_VALUE) {
        LockSupport.park(this);
      } else {
        sleepingUntil = earliest;
        LockSupport.parkNanos(this, earliest - now);
      }
    }
  }

  /** One call's wait for its body: started at the head, stopped by the caller when {@code send} returns. */
  final class Deadline {
    private static final int WAITING = 0;
    private static final int STOPPED = 1;
    private static final int EXPIRING = 2;
    private static final int EXPIRED = 3;

    private final Thread caller;
    private final long timeoutNanos;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private volatile long at;

    private Deadline(Thread caller, long timeoutNanos) {
      this.caller = caller;
      this.timeoutNanos = timeoutNanos;
    }

    /** The head has arrived: the body must follow within the timeout. */
    void start() {
      at = System.nanoTime() + timeoutNanos;
      pending.add(this);
      long watched = sleepingUntil;
      if (watched == Long.MAX_VALUE || at - watched < 0) {
        LockSupport.unpark(watcher);
      }
    }

    /**
     * The caller is done waiting: returns whether the deadline had passed, in which case the interrupt it sent is
     * cleared here. Later calls return {@code false}.
     */
    boolean stop() {
      pending.remove(this);
      if (state.compareAndSet(WAITING, STOPPED) || state.get() == STOPPED) {
        return false;
      }
      while (!state.compareAndSet(EXPIRED, STOPPED)) {
        Thread.onSpinWait();
      }
      Thread.interrupted();
      return true;
    }

    private void expire() {
      pending.remove(this);
      if (state.compareAndSet(WAITING, EXPIRING)) {
        caller.interrupt();
        state.set(EXPIRED);
      }
    }
  }
}
