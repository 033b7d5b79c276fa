package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.Failure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every report shows of a run, before it is laid out: the table of cases per operation and kind with the
 * failures, the one-line verdict, the cells of each failure; and the table as text for a terminal.
 */
final class SummaryTable {
  /** The columns of the kinds of case, in their order. */
  static final List<String> KINDS = Arrays.stream(VerifyCase.Kind.values()).map(VerifyCase.Kind::label).toList();

  /** The header of the failures' table, in the order of {@link #cells}. */
  static final List<String> FAILURE_HEADER = List.of("operation", "case", "check", "expected", "got", "replay");

  private SummaryTable() {}

  /** The table as text: the header, a row per operation, the totals, then the verdict. */
  static String text(Outcome result) {
    StringBuilder text = new StringBuilder();
    for (List<String> row : withHeader(result)) {
      text.append(String.format("%-28s", row.get(0)));
      row.subList(1, row.size()).forEach(cell -> text.append(String.format("%10s", cell)));
      text.append('\n');
    }
    return text.append(verdict(result)).append('\n').toString();
  }

  /** The header row, then a row per operation (its name, the count of each kind, its failures), then the totals. */
  static List<List<String>> withHeader(Outcome result) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("operation"));
    header.addAll(KINDS);
    header.add("failures");
    rows.add(header);
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

  /** One line: how many cases in how long with which seed, and conformant or how many failures. */
  static String verdict(Outcome result) {
    int sent = result.casesPerOperation().values().stream().mapToInt(Integer::intValue).sum();
    return String.format("%d cases in %.1f s (seed %d): %s", sent, result.elapsed().toMillis() / 1000.0, result.seed(),
        result.conformant() ? "conformant"
            : result.failures().size() + " failure(s)" + (result.skipped() > 0 ? ", " + result.skipped()
                + " case(s) not sent within the time limit" : ""));
  }

  /** A failure's row: operation, case, check, expected, got, the replay file (empty when none was written). */
  static List<String> cells(Failure failure) {
    return List.of(failure.operationId(), failure.caseName(), failure.check().name(), failure.expected(), failure.got(),
        failure.replay() == null ? "" : failure.replay().toString());
  }
}
