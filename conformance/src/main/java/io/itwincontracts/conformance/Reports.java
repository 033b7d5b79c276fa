package io.itwincontracts.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The summary table, and the report files a verify run writes: Markdown or HTML for a person, JUnit XML for CI. */
final class Reports {
  /** The columns of the kinds of case, in their order. */
  static final List<String> KINDS = Arrays.stream(VerifyCase.Kind.values()).map(VerifyCase.Kind::label).toList();

  private Reports() {}

  static void write(VerificationResult result, Path file) throws IOException {
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

  /** Rows of the table: operation, the count of each kind, failures; the last row the totals. */
  static List<List<String>> rows(VerificationResult result) {
    List<List<String>> rows = new ArrayList<>();
    int[] totals = new int[KINDS.size() + 1];
    result.cases().forEach((operation, kinds) -> {
      List<String> row = new ArrayList<>(List.of(operation));
      for (int i = 0; i < KINDS.size(); i++) {
        int count = kinds.getOrDefault(KINDS.get(i), 0);
        totals[i] += count;
        row.add(String.valueOf(count));
      }
      long failures = result.failures().stream().filter(f -> f.operationId().equals(operation)).count();
      totals[KINDS.size()] += (int) failures;
      row.add(String.valueOf(failures));
      rows.add(row);
    });
    List<String> total = new ArrayList<>(List.of("total"));
    for (int count : totals) {
      total.add(String.valueOf(count));
    }
    rows.add(total);
    return rows;
  }

  static List<String> header() {
    List<String> header = new ArrayList<>(List.of("operation"));
    header.addAll(KINDS);
    header.add("failures");
    return header;
  }

  static String verdict(VerificationResult result) {
    int sent = result.casesPerOperation().values().stream().mapToInt(Integer::intValue).sum();
    return String.format("%d cases in %.1f s (seed %d): %s", sent, result.elapsed().toMillis() / 1000.0, result.seed(),
        result.conformant() ? "conformant"
            : result.failures().size() + " failure(s)" + (result.skipped() > 0 ? ", " + result.skipped()
                + " case(s) not sent within the time limit" : ""));
  }

  static String summary(VerificationResult result) {
    StringBuilder text = new StringBuilder();
    for (List<String> row : withHeader(result)) {
      text.append(String.format("%-28s", row.get(0)));
      row.subList(1, row.size()).forEach(cell -> text.append(String.format("%10s", cell)));
      text.append('\n');
    }
    return text.append(verdict(result)).append('\n').toString();
  }

  static String markdown(VerificationResult result) {
    StringBuilder text = new StringBuilder("# itwin-contracts verify\n\n").append(verdict(result)).append("\n\n");
    List<List<String>> rows = withHeader(result);
    for (int i = 0; i < rows.size(); i++) {
      text.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
      if (i == 0) {
        text.append("|---".repeat(rows.get(0).size())).append("|\n");
      }
    }
    if (!result.failures().isEmpty()) {
      text.append("\n## Failures\n\n| operation | case | check | expected | got | replay |\n|---|---|---|---|---|---|\n");
      for (Failure failure : result.failures()) {
        text.append("| ").append(String.join(" | ", cells(failure).stream().map(c -> c.replace("|", "\\|")).toList()))
            .append(" |\n");
      }
    }
    return text.toString();
  }

  static String html(VerificationResult result) {
    StringBuilder text = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>itwin-contracts"
        + " verify</title></head><body>\n<h1>itwin-contracts verify</h1>\n<p>" + Markup.escape(verdict(result)) + "</p>\n");
    table(text, withHeader(result));
    if (!result.failures().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("operation", "case", "check", "expected", "got", "replay"));
      result.failures().forEach(f -> rows.add(cells(f)));
      text.append("<h2>Failures</h2>\n");
      table(text, rows);
    }
    return text.append("</body></html>\n").toString();
  }

  private static List<String> cells(Failure failure) {
    return List.of(failure.operationId(), failure.caseName(), failure.check().name(), failure.expected(), failure.got(),
        failure.replay() == null ? "" : failure.replay().toString());
  }

  private static void table(StringBuilder text, List<List<String>> rows) {
    text.append("<table border=\"1\">\n");
    for (int i = 0; i < rows.size(); i++) {
      String cell = i == 0 ? "th" : "td";
      text.append("<tr>");
      rows.get(i).forEach(c -> text.append('<').append(cell).append('>').append(Markup.escape(c)).append("</").append(cell).append('>'));
      text.append("</tr>\n");
    }
    text.append("</table>\n");
  }

  private static List<List<String>> withHeader(VerificationResult result) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header());
    rows.addAll(rows(result));
    return rows;
  }
}
