package io.itwincontracts.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM as a user would, keeping what it printed on each stream. */
final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code args} with no standard input; the exit code. */
  int run(String... args) {
    return ItwinContractsCli.execute(new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true), false), args);
  }

  /** Everything printed on standard output so far. */
  String out() {
    return out.toString();
  }

  /** Everything printed on standard error so far. */
  String err() {
    return err.toString();
  }
}
