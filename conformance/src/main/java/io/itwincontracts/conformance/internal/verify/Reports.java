package io.itwincontracts.conformance.internal.verify;

import static io.itwincontracts.conformance.internal.verify.SummaryTable.FAILURE_HEADER;
import static io.itwincontracts.conformance.internal.verify.SummaryTable.cells;
import static io.itwincontracts.conformance.internal.verify.SummaryTable.verdict;
import static io.itwincontracts.conformance.internal.verify.SummaryTable.withHeader;

import io.itwincontracts.conformance.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary table, and the report files a verify run writes: Markdown or HTML for a person, JUnit XML for CI. */
public final class Reports {
  private Reports() {}

  /** The summary table as text: per operation, cases of each kind and failures, then the verdict. */
  public static String summary(Outcome result) {
    return SummaryTable.text(result);
  }

  /**
   * Writes the report in the format the file's name asks for, making its directory.
   *
   * @throws IllegalArgumentException for a name that does not end in {@code .xml}, {@code .md} or {@code .html}
   */
  public static void write(Outcome result, Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text;
    if (name.endsWith(".xml")) {
      text = JunitXml.of(result);
    } else if (name.endsWith(".md")) {
      text = markdown(result);
    } else if (name.endsWith(".html")) {
      text = html(result);
    } else {
      throw new IllegalArgumentException("report " + file + ": the name must end in .xml (JUnit), .md or .html");
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, text);
  }

  static String markdown(Outcome result) {
    StringBuilder text = new StringBuilder("# itwin-contracts verify\n\n").append(verdict(result)).append("\n\n");
    markdownTable(text, withHeader(result));
    if (!result.failures().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(FAILURE_HEADER);
      for (Failure failure : result.failures()) {
        // a cell's own bar would end the cell
        rows.add(cells(failure).stream().map(c -> c.replace("|", "\\|")).toList());
      }
      text.append("\n## Failures\n\n");
      markdownTable(text, rows);
    }
    return text.toString();
  }

  static String html(Outcome result) {
    StringBuilder text = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>itwin-contracts"
        + " verify</title></head><body>\n<h1>itwin-contracts verify</h1>\n<p>" + Markup.escape(verdict(result)) + "</p>\n");
    htmlTable(text, withHeader(result));
    if (!result.failures().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(FAILURE_HEADER);
      result.failures().forEach(f -> rows.add(cells(f)));
      text.append("<h2>Failures</h2>\n");
      htmlTable(text, rows);
    }
    return text.append("</body></html>\n").toString();
  }

  /** The first row is the header. */
  private static void markdownTable(StringBuilder text, List<List<String>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      text.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
      if (i == 0) {
        text.append("|---".repeat(rows.get(0).size())).append("|\n");
      }
    }
  }

  /** The first row is the header. */
  private static void htmlTable(StringBuilder text, List<List<String>> rows) {
    text.append("<table border=\"1\">\n");
    for (int i = 0; i < rows.size(); i++) {
      String cell = i == 0 ? "th" : "td";
      text.append("<tr>");
      rows.get(i).forEach(c -> text.append('<').append(cell).append('>').append(Markup.escape(c)).append("</").append(cell).append('>'));
      text.append("</tr>\n");
    }
    text.append("</table>\n");
  }
}
