package io.itwincontracts.cli;

import java.io.PrintWriter;

/** A one-line progress bar on a terminal's standard error, for batches too long to wait on in silence. */
final class ProgressBar {
  private static final int WIDTH = 40;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;

  ProgressBar(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  void step() {
    done++;
    if (enabled && (done % Math.max(1, total / 100) == 0 || done == total)) {
      int filled = (int) ((long) WIDTH * done / total);
      err.print("\r[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  void done() {
    if (enabled) {
      err.println();
    }
  }
}
