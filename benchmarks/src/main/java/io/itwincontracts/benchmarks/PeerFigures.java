package io.itwincontracts.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The peer comparison against the goals: the sandbox's medians against bare Jetty's and the best peer's. */
final class PeerFigures {
  private PeerFigures() {}

  static List<Figure> of(PeerResults results) {
    Contender sandbox = results.named("sandbox");
    Contender bare = results.named("bare Jetty");
    List<Figure> figures = new ArrayList<>();
    double start = results.median(sandbox, PeerResults.Metric.START);
    double bareStart = results.median(bare, PeerResults.Metric.START);
    figures.add(new Figure("sandbox process (its launcher) start → first 200 vs bare Jetty's", start, bareStart, "ms",
        "≤ bare + 300 ms", start <= bareStart + 300, results.rounds() + ", medians; "
        + results.bestPeer(PeerResults.Metric.START).map(p -> "best peer " + p.name() + " "
        + Figure.number(results.median(p, PeerResults.Metric.START)) + " ms").orElse("no peer installed")));
    figures.add(versusBest(results, PeerResults.Metric.FIRST, "requests answered in the first "
        + "window after the first 200, 16 connections, GET listSystems", 1.5));
    figures.add(versusBest(results, PeerResults.Metric.GET, "warm throughput, 16 connections, GET listSystems", 1.5));
    figures.add(versusBest(results, PeerResults.Metric.PUT, "warm throughput, 16 connections, PUT "
        + "updateManifestConnection (validated, stateful)", 1.5));
    double rss = results.median(sandbox, PeerResults.Metric.RSS);
    double bareRss = results.median(bare, PeerResults.Metric.RSS);
    figures.add(new Figure("sandbox process RSS after the runs vs bare Jetty's", rss, bareRss, "MB", "≤ bare + 50 MB",
        rss <= bareRss + 50, results.rounds() + ", medians"));
    return figures;
  }

  private static Figure versusBest(PeerResults results, PeerResults.Metric metric, String what, double minRatio) {
    Contender sandbox = results.named("sandbox");
    Contender baseline = results.bestPeer(metric).orElse(results.named("bare Jetty"));
    return Figure.atLeast("sandbox " + what + " vs the best peer (" + baseline.name() + ")",
        results.median(sandbox, metric), results.median(baseline, metric), "req/s", minRatio,
        results.rounds() + ", medians, separate processes" + (baseline.peer() ? "" : "; no peer installed: bare Jetty instead")
        + "; unexpected statuses: sandbox " + results.unexpected(sandbox) + ", " + baseline.name() + " "
        + results.unexpected(baseline));
  }
}
