package io.itwincontracts.cli;

import io.itwincontracts.validator.Violation;
import java.io.PrintWriter;
import java.util.List;

/** One line per violation, {@code source: /pointer: message}, then {@code N valid, M invalid}. */
final class TextReport implements Report {
  private final PrintWriter out;
  private int valid;
  private int invalid;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void add(String source, List<Violation> violations) {
    if (violations.isEmpty()) {
      valid++;
      return;
    }
    invalid++;
    for (Violation violation : violations) {
      out.println(source + ": " + violation);
    }
  }

  @Override
  public void finish() {
    out.println(valid + " valid, " + invalid + " invalid");
  }

  @Override
  public int invalid() {
    return invalid;
  }
}
