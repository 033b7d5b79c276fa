package io.itwincontracts.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The peer comparison as an SVG bar chart, one panel per figure, one bar per server (the median of the rounds),
 * written by the run itself: no library, no network.
 */
final class PeerChart {
  private static final List<PeerResults.Metric> PANELS = List.of(PeerResults.Metric.START, PeerResults.Metric.FIRST,
      PeerResults.Metric.GET, PeerResults.Metric.PUT);
  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};
  private static final int WIDTH = 760;
  private static final int LABEL = 150;
  private static final int BAR = 18;
  private static final int GAP = 6;

  private PeerChart() {}

  static String svg(PeerResults results, String title) {
    List<Contender> servers = results.contenders();
    int panelHeight = 28 + servers.size() * (BAR + GAP) + 12;
    int height = 40 + PANELS.size() * panelHeight;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, height));
    svg.append("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
    int y = 40;
    for (PeerResults.Metric metric : PANELS) {
      double max = servers.stream().mapToDouble(s -> results.median(s, metric)).max().orElse(1);
      svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s (%s, %s)</text>\n",
          y + 16, escape(metric == PeerResults.Metric.FIRST ? "requests answered in the first window" : metric.label),
          metric.unit, metric.higherIsBetter ? "longer is better" : "shorter is better"));
      int barY = y + 28;
      for (int i = 0; i < servers.size(); i++) {
        double value = results.median(servers.get(i), metric);
        int length = (int) Math.round((WIDTH - LABEL - 90) * (value / max));
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>\n", barY + 13, escape(servers.get(i).name())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>\n",
            LABEL, barY, Math.max(length, 1), BAR, COLOURS[i % COLOURS.length]));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", LABEL + length + 6, barY + 13,
            Figure.number(value)));
        barY += BAR + GAP;
      }
      y += panelHeight;
    }
    return svg.append("</svg>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
