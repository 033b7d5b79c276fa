package io.itwincontracts.sandbox.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link LoopbackJetty#loadAhead}'s throwaway server is never started: it leaves no thread behind. */
class JettyLoadAheadTest {
  @Test
  void loadsJettyWithoutLeavingAThread() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    LoopbackJetty.loadAhead();
    Thread ahead = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("itwin-sandbox-jetty-ahead")).findFirst().orElse(null);
    if (ahead != null) {
      ahead.join(10_000);
      assertThat(ahead.isAlive()).as("the load-ahead thread ends").isFalse();
    }

    Set<String> started = Thread.getAllStackTraces().keySet().stream().filter(thread -> !before.contains(thread))
        .map(Thread::getName).collect(Collectors.toSet());
    assertThat(started).as("threads the throwaway server started").isEmpty();
  }
}
