package io.itwincontracts.contracttests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.sandbox.Sandbox;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Jetty's DEBUG log traces every header and body it parses, tokens included, and no sandbox code can mask it:
 * a sandbox started with that log on must say so.
 */
class WireTraceWarningTest {
  private static final Logger PARSER = Logger.getLogger("org.eclipse.jetty.http.HttpParser");
  private static final Logger SANDBOX = Logger.getLogger(Sandbox.class.getName());

  @Test
  void sandboxWarnsWhenJettysWireTraceIsOn() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel() == Level.WARNING) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level before = PARSER.getLevel();
    SANDBOX.addHandler(capture);
    try {
      Sandbox.builder().port(0).start().close();
      assertThat(warnings).as("warnings with Jetty's trace off").isEmpty();

      PARSER.setLevel(Level.FINE);
      Sandbox.builder().port(0).start().close();
      assertThat(warnings).singleElement().asString().contains("Jetty's DEBUG log is on", "tokens");
    } finally {
      PARSER.setLevel(before);
      SANDBOX.removeHandler(capture);
    }
  }
}
