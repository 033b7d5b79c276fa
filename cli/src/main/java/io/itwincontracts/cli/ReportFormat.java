package io.itwincontracts.cli;

import java.io.PrintWriter;

/** The output formats of {@code validate}. */
enum ReportFormat {
  text {
    @Override
    Report open(PrintWriter out) {
      return new TextReport(out);
    }
  },
  json {
    @Override
    Report open(PrintWriter out) {
      return new JsonReport(out);
    }
  };

  abstract Report open(PrintWriter out);
}
