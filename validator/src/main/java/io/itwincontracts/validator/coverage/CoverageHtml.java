package io.itwincontracts.validator.coverage;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The matrix as a page a person would rather look at than read: operations down, statuses across, each cell
 * coloured by how far it was reached, the error codes under it; then the totals and what no test reached.
 * Self-contained (inline style, no script), so it opens from a CI artifact as it is.
 */
final class CoverageHtml {
  private static final String STYLE = """
      body{font:13px system-ui,sans-serif;margin:20px;color:#1b1f24}
      h1{font-size:20px;margin:0 0 4px} .totals{margin:0 0 16px;color:#444}
      table{border-collapse:collapse} th,td{border:1px solid #d0d7de;padding:3px 5px;text-align:center;vertical-align:top;min-width:26px}
      th.op{text-align:left;white-space:nowrap} td.no{background:#f6f8fa;color:#bbb}
      td.EXERCISED{background:#bde5c8} td.FAULT_ONLY{background:#ffe3a3} td.NEVER{background:#f9c0c0}
      .n{font-weight:600} .code{display:block;font-size:11px;white-space:nowrap} .code.NEVER{text-decoration:line-through;color:#9a2b2b}
      .legend span{display:inline-block;padding:2px 8px;margin-right:8px;border:1px solid #d0d7de}
      ul{margin-top:4px} .ratio{font-weight:600}
      """;

  private CoverageHtml() {}

  static String render(CoverageMatrix matrix) {
    TreeSet<Integer> statuses = new TreeSet<>();
    matrix.rows().forEach(r -> r.cells().forEach(c -> statuses.add(Integer.parseInt(c.status()))));
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>API coverage</title><style>" + STYLE + "</style></head><body>");
    html.append("<h1>API coverage</h1><p class=\"totals\" id=\"totals\">")
        .append(String.format("<span class=\"ratio\">%d of %d statuses (%.1f%%)</span>, %d of them only through"
            + " injected faults; %d of %d error codes; %d exchanges recorded.", matrix.exercisedStatuses(),
            matrix.listedStatuses(), 100 * matrix.ratio(), matrix.faultOnlyStatuses(), matrix.exercisedCodes(),
            matrix.listedCodes(), matrix.exchanges()))
        .append("</p><p class=\"legend\"><span class=\"EXERCISED\" style=\"background:#bde5c8\">exercised</span>"
            + "<span style=\"background:#ffe3a3\">only through an injected fault</span>"
            + "<span style=\"background:#f9c0c0\">never</span><span style=\"background:#f6f8fa\">not listed</span></p>");
    html.append("<table id=\"matrix\"><thead><tr><th class=\"op\">operation</th>");
    statuses.forEach(s -> html.append("<th>").append(s).append("</th>"));
    html.append("<th>covered</th></tr></thead><tbody>");
    for (CoverageMatrix.Row row : matrix.rows()) {
      html.append("<tr><th class=\"op\" title=\"").append(escape(row.operation().method() + " "
          + row.operation().path())).append("\">").append(escape(row.operation().operationId())).append("</th>");
      for (int status : statuses) {
        CoverageMatrix.Cell cell = row.cells().stream().filter(c -> c.status().equals(String.valueOf(status)))
            .findFirst().orElse(null);
        html.append(cell == null ? "<td class=\"no\">·</td>" : cell(cell));
      }
      html.append(String.format("<td>%d/%d</td></tr>", row.exercised(), row.cells().size()));
    }
    html.append("</tbody></table>");
    Map<String, List<String>> missing = matrix.missing();
    html.append("<h2>Never reached</h2><ul id=\"missing\">");
    missing.forEach((operation, what) -> html.append("<li><b>").append(escape(operation)).append("</b>: ")
        .append(escape(String.join(", ", what))).append("</li>"));
    html.append(missing.isEmpty() ? "<li>nothing: every listed status and error code was reached</li>" : "")
        .append("</ul>");
    List<String> unlisted = matrix.rows().stream()
        .filter(r -> !r.unlisted().isEmpty() || !r.unlistedCodes().isEmpty() || !r.unlistedFaults().isEmpty())
        .map(r -> r.operation().operationId() + ": " + (r.unlisted().isEmpty() ? "" : "statuses " + r.unlisted())
            + (r.unlistedCodes().isEmpty() ? "" : " error codes " + r.unlistedCodes())
            + (r.unlistedFaults().isEmpty() ? "" : " statuses of injected faults " + r.unlistedFaults()))
        .toList();
    if (!unlisted.isEmpty()) {
      html.append("<h2>Seen, but not listed by the spec</h2><ul id=\"unlisted\">");
      unlisted.forEach(u -> html.append("<li>").append(escape(u)).append("</li>"));
      html.append("</ul>");
    }
    return html.append("</body></html>").toString();
  }

  private static String cell(CoverageMatrix.Cell cell) {
    String outcomes = cell.outcomes().entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
        .collect(Collectors.joining("; "));
    StringBuilder td = new StringBuilder("<td class=\"").append(cell.state()).append("\" data-status=\"")
        .append(cell.status()).append("\" title=\"").append(escape(cell.state().name().toLowerCase().replace('_', ' ')
            + (outcomes.isEmpty() ? "" : "; client: " + outcomes))).append("\"><span class=\"n\">")
        .append(cell.exchanges()).append("</span>");
    // a status never reached has its codes in the list below; a reached one shows which of its codes were
    if (cell.state() != CoverageMatrix.State.NEVER) {
      cell.codes().forEach(code -> td.append("<span class=\"code ").append(code.state()).append("\">")
          .append(escape(code.code())).append("</span>"));
    }
    return td.append("</td>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
