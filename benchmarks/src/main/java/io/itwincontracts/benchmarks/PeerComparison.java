package io.itwincontracts.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The sandbox beside WireMock, MockServer, Prism and bare Jetty, each a process of its own, in alternating rounds
 * (the order reverses every round, so no server always runs right after the same neighbour). Per server and round:
 * launch to the first 200 of the GET; then 16 connections send that GET back to back, and the first window counts
 * what a test class meets (a server that has just answered once); then the GET again and the PUT, each measured
 * once two consecutive windows of it agree ({@link WarmUp}), the PUT on its own code path.
 */
final class PeerComparison {
  static final int CONNECTIONS = 16;
  private final RunSettings settings;
  private final Path work;

  PeerComparison(RunSettings settings, Path work) {
    this.settings = settings;
    this.work = work;
  }

  PeerResults run(List<Contender> contenders) throws Exception {
    PeerResults results = new PeerResults(settings.firstWindow());
    for (int round = 0; round < settings.peerRounds(); round++) {
      List<Contender> order = new ArrayList<>(contenders);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (Contender contender : order) {
        results.add(contender, measure(contender, round));
      }
    }
    return results;
  }

  private PeerResults.Sample measure(Contender contender, int round) throws Exception {
    int port = ServerProcess.freePort();
    try (ServerProcess server = ServerProcess.launch(contender.command().apply(port), work, log(contender, round, ""))) {
      contender.prepare().run(port);
      double startMillis = server.awaitAnswer(port, contender.get(), 200);
      LoadResult first = load(port, WarmUp.none(), settings.firstWindow(), contender.get());
      LoadResult get = load(port, settings.peerWarmUp(), settings.peerMeasured(), contender.get());
      LoadResult put = contender.putCommand() == null ? load(port, settings.peerWarmUp(), settings.peerMeasured(), contender.put())
          : putOnItsOwnServer(contender, round);
      return new PeerResults.Sample(startMillis, first, get, put, server.residentBytes());
    }
  }

  private LoadResult putOnItsOwnServer(Contender contender, int round) throws Exception {
    int port = ServerProcess.freePort();
    try (ServerProcess server = ServerProcess.launch(contender.putCommand().apply(port), work, log(contender, round, "-put"))) {
      server.awaitAnswer(port, contender.put(), 200);
      return load(port, settings.peerWarmUp(), settings.peerMeasured(), contender.put());
    }
  }

  private static LoadResult load(int port, WarmUp warmUp, Duration measured, byte[] request) throws InterruptedException {
    return LoadGenerator.run(port, CONNECTIONS, warmUp, measured, Traffic.repeat(request, 200));
  }

  private Path log(Contender contender, int round, String suffix) {
    String name = contender.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return work.resolve("logs").resolve(name + "-round" + (round + 1) + suffix + ".log");
  }
}
