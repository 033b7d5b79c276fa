package io.itwincontracts.contracttests.interop;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's three APIs mocked by Prism (one process per spec) behind a {@link PrefixFront}, so that a client
 * or a verifier rooted at {@link #baseUrl} sees {@code /edfs}, {@code /synchronization} and {@code /itwins}.
 */
final class PrismPlatform implements AutoCloseable {
  private final Map<String, PrismMock> mocks = new LinkedHashMap<>();
  private PrefixFront front;

  private PrismPlatform() {}

  /**
   * Starts the three mocks and waits for each to listen, at most {@code limit} for each; when one fails, none is left
   * running.
   */
  static PrismPlatform start(Duration limit) throws Exception {
    PrismPlatform platform = new PrismPlatform();
    try {
      for (String api : new String[] {"edfs", "synchronization", "itwins"}) {
        platform.mocks.put(api, PrismMock.start(api + ".yaml"));
      }
      Map<String, String> roots = new LinkedHashMap<>();
      for (Map.Entry<String, PrismMock> mock : platform.mocks.entrySet()) {
        roots.put(mock.getKey(), mock.getValue().awaitReady(limit).root());
      }
      platform.front = new PrefixFront(roots);
      return platform;
    } catch (Exception | Error failed) {
      try {
        platform.close(); // the caller gets no platform to close: the mocks already started must not outlive the run
      } catch (IllegalStateException leftRunning) {
        failed.addSuppressed(leftRunning);
      }
      throw failed;
    }
  }

  /** The root for a client; with {@code preferCode}, every request through it asks the mock for that status. */
  String baseUrl(Integer preferCode) {
    return front.baseUrl(preferCode);
  }

  /** Whether any Prism process is still running. */
  boolean anyAlive() {
    return mocks.values().stream().anyMatch(PrismMock::isAlive);
  }

  /** Stops the front and the mocks; fails when a Prism process outlives it. */
  @Override
  public void close() {
    if (front != null) {
      front.close();
    }
    mocks.values().forEach(PrismMock::close);
    if (anyAlive()) {
      throw new IllegalStateException("Prism processes left running after close");
    }
  }
}
