package io.itwincontracts.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** What the peer comparison measured, per server and round; its table, its figures against the goals, its chart data. */
final class PeerResults {
  /** One server, one round. */
  record Sample(double startMillis, LoadResult first, LoadResult get, LoadResult put, double residentBytes) {}

  /** A row of the table: what is measured, its unit, and whether more is better. */
  enum Metric {
    START("process start → first 200", "ms", false, Sample::startMillis),
    FIRST("requests answered in the first window after that", "req/s", true, s -> s.first().throughput()),
    GET("warm GET listSystems", "req/s", true, s -> s.get().throughput()),
    PUT("warm PUT updateManifestConnection", "req/s", true, s -> s.put().throughput()),
    GET_P99("warm GET p99 latency", "ms", false, s -> s.get().p99Millis()),
    RSS("RSS after the runs", "MB", false, s -> s.residentBytes() / 1e6);

    final String label;
    final String unit;
    final boolean higherIsBetter;
    final ToDoubleFunction<Sample> value;

    Metric(String label, String unit, boolean higherIsBetter, ToDoubleFunction<Sample> value) {
      this.label = label;
      this.unit = unit;
      this.higherIsBetter = higherIsBetter;
      this.value = value;
    }
  }

  private final Duration firstWindow;
  private final Map<Contender, List<Sample>> samples = new LinkedHashMap<>();

  PeerResults(Duration firstWindow) {
    this.firstWindow = firstWindow;
  }

  void add(Contender contender, Sample sample) {
    samples.computeIfAbsent(contender, c -> new ArrayList<>()).add(sample);
  }

  List<Contender> contenders() {
    return List.copyOf(samples.keySet());
  }

  /** The median over the rounds. */
  double median(Contender contender, Metric metric) {
    return Median.of(samples.get(contender).stream().mapToDouble(metric.value).toArray());
  }

  Contender named(String name) {
    return samples.keySet().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /** The best of the other tools on a metric; empty when no peer ran (the smoke). */
  Optional<Contender> bestPeer(Metric metric) {
    Comparator<Contender> byMedian = Comparator.comparingDouble(c -> median(c, metric));
    return samples.keySet().stream().filter(Contender::peer)
        .max(metric.higherIsBetter ? byMedian : byMedian.reversed());
  }

  long unexpected(Contender contender) {
    return samples.get(contender).stream()
        .mapToLong(s -> s.first().unexpected() + s.get().unexpected() + s.put().unexpected()).sum();
  }

  /** The table: one row per metric, one column per server, median of the rounds and their range. */
  String markdown() {
    StringBuilder md = new StringBuilder("| figure |");
    samples.keySet().forEach(c -> md.append(' ').append(c.name()).append(" |"));
    md.append("\n|---|").append("---|".repeat(samples.size())).append('\n');
    for (Metric metric : Metric.values()) {
      md.append("| ").append(metric == Metric.FIRST ? "requests answered in the first " + firstWindow.toSeconds()
          + " s after that" : metric.label).append(" (").append(metric.unit).append(") |");
      for (Map.Entry<Contender, List<Sample>> server : samples.entrySet()) {
        double[] values = server.getValue().stream().mapToDouble(metric.value).sorted().toArray();
        md.append(' ').append(Figure.number(median(server.getKey(), metric)));
        if (values.length > 1) {
          md.append(" (").append(Figure.number(values[0])).append('–').append(Figure.number(values[values.length - 1])).append(')');
        }
        md.append(" |");
      }
      md.append('\n');
    }
    md.append("| warm-up before the warm GET / PUT, until steady (s; * a round that did not settle) |");
    samples.values().forEach(rounds -> md.append(' ').append(warmUp(rounds, Sample::get)).append(" / ")
        .append(warmUp(rounds, Sample::put)).append(" |"));
    md.append('\n');
    md.append("| unexpected statuses or I/O errors |");
    samples.keySet().forEach(c -> md.append(' ').append(unexpected(c)).append(" |"));
    return md.append('\n').toString();
  }

  private static String warmUp(List<Sample> rounds, Function<Sample, LoadResult> phase) {
    double median = Median.of(rounds.stream().mapToDouble(s -> phase.apply(s).warmUpSeconds()).toArray());
    boolean unsettled = rounds.stream().anyMatch(s -> !phase.apply(s).warm().steady());
    return String.format(Locale.ROOT, "%.0f%s", median, unsettled ? "*" : "");
  }

  String rounds() {
    return String.format(Locale.ROOT, "%d round(s)", samples.values().iterator().next().size());
  }
}
