package io.itwincontracts.sandbox.internal.http;

import java.lang.System.Logger.Level;
import org.eclipse.jetty.http.HttpParser;
import org.slf4j.LoggerFactory;

/**
 * Warns when Jetty's DEBUG log is on: Jetty then traces every header and body it parses, bearer tokens and
 * credentials included. The sandbox cannot mask that trace; it can only say so.
 */
final class WireTraceWarning {
  // under the facade's name, the logger a user configures; written out, as internals do not import the facade
  private static final System.Logger LOG = System.getLogger("io.itwincontracts.sandbox.Sandbox");

  private WireTraceWarning() {}

  static void warnIfOn() {
    if (LoggerFactory.getLogger(HttpParser.class).isDebugEnabled()) {
      LOG.log(Level.WARNING, "Jetty's DEBUG log is on: it records every request header and body the sandbox"
          + " receives, bearer tokens and credentials included. Set org.eclipse.jetty to INFO to keep them out.");
    }
  }
}
