package io.itwincontracts.contracttests.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything the reliability suite produced that a person could read: every java.util.logging record at the
 * most verbose level (the client's HTTP log through System.Logger, Jersey's and the sandbox's logs, networknt's
 * and Jetty's through SLF4J), and every exception and {@code toString()} the tests hand it. Three sources are
 * read at INFO. Jetty: at DEBUG it traces the bytes it parses, every header and body (tokens and credentials
 * included) by design, like a packet capture; the sandbox warns when that trace is on. The JDK HTTP client's
 * developer trace ({@code jdk.internal.httpclient.debug}: each step of every exchange, byte counts and states; JDK 17
 * turns it on with that logger at DEBUG, JDK 25 only with {@code -Djdk.internal.httpclient.debug=log}): 7 s of
 * CPU, mostly in the fuzz run. openapi-generator and openapi-diff: they run in this JVM for the regeneration
 * fixtures and read spec files, never a request, token or credential; their DEBUG was a quarter of the fixtures'
 * CPU.
 * {@link SecretScanTest} searches the ledger for every secret the suite used. One ledger for the whole JVM, because
 * the promise is about the whole run. Each line is searched as it arrives, for the secrets registered so far, and
 * only hits are kept (about 50,000 lines a run, 2.6 million with the JDK's trace): so a test registers its secrets
 * with {@link #secret} before it uses them.
 */
final class SecretLedger {
  private static final SecretLedger LEDGER = new SecretLedger();
  /** Held so that their levels stay set: java.util.logging keeps loggers only weakly. */
  private static final List<Logger> READ_AT_INFO = List.of(Logger.getLogger("org.eclipse.jetty"),
      Logger.getLogger("jdk.internal.httpclient.debug"), Logger.getLogger("org.openapitools"));

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  private final AtomicLong scanned = new AtomicLong();
  private final Queue<String> hits = new ConcurrentLinkedQueue<>();
  private final SimpleFormatter formatter = new SimpleFormatter();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      scan(record.getLoggerName() + " " + record.getLevel() + " " + formatter.formatMessage(record)
          + (record.getThrown() == null ? "" : "\n" + stackTrace(record.getThrown())));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private volatile boolean installed;

  private SecretLedger() {}

  /** The ledger, capturing every log record of the JVM from now on (console output keeps its own level). */
  static SecretLedger capturing() {
    LEDGER.install();
    return LEDGER;
  }

  private synchronized void install() {
    if (!installed) {
      Logger root = Logger.getLogger("");
      root.setLevel(Level.ALL);
      READ_AT_INFO.forEach(logger -> logger.setLevel(Level.INFO));
      for (Handler handler : root.getHandlers()) {
        if (handler.getLevel().intValue() < Level.INFO.intValue()) {
          handler.setLevel(Level.INFO);
        }
      }
      capture.setLevel(Level.ALL);
      root.addHandler(capture);
      installed = true;
    }
  }

  /** A token or credential value the suite sends: it must appear nowhere in what was captured. */
  void secret(String... values) {
    for (String value : values) {
      secrets.add(value);
    }
  }

  /** Text the suite produced (an exception's message, a {@code toString()}), to be scanned with the logs. */
  void record(String text) {
    scan(String.valueOf(text));
  }

  /** An exception with its whole cause chain and stack, as a log would print it. */
  void record(Throwable failure) {
    scan(stackTrace(failure));
  }

  long linesScanned() {
    return scanned.get();
  }

  Set<String> secrets() {
    return Set.copyOf(secrets);
  }

  /** Every line that contained a secret, with the secret masked in the report itself. */
  List<String> hits() {
    return List.copyOf(hits);
  }

  private void scan(String line) {
    scanned.incrementAndGet();
    for (String secret : secrets) {
      if (line.contains(secret)) {
        String shown = line.replace(secret, "<secret#" + Math.abs(secret.hashCode() % 1000) + ">");
        hits.add(shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
      }
    }
  }

  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
