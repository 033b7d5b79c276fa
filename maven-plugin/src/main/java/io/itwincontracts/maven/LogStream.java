package io.itwincontracts.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/**
 * The stream the spec checks print their findings to, turned into Maven log lines: one {@code [INFO]} line per line
 * printed, so the findings stay in order with Maven's own output and obey {@code -q}.
 */
final class LogStream extends OutputStream {
  private final Log log;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  private LogStream(Log log) {
    this.log = log;
  }

  /** A print stream whose every line goes to {@code log} at info level. */
  static PrintStream info(Log log) {
    return new PrintStream(new LogStream(log), true, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      emit();
    } else if (b != '\r') {
      line.write(b);
    }
  }

  @Override
  public void close() {
    if (line.size() > 0) {
      emit();
    }
  }

  private void emit() {
    log.info(line.toString(StandardCharsets.UTF_8));
    line.reset();
  }
}
