package io.itwincontracts.validator.coverage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Counts exchanges as they happen, from any thread; {@link #snapshot} hands out what it counted. The sandbox, the
 * client and the proxy each record into one.
 */
public final class CoverageRecorder {
  /**
   * An error code is shown as it came only if it looks like one: a code is a documented identifier, and whatever
   * else a server put there (a message, a value) must not reach a coverage file.
   */
  private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
  /** What an error code that does not look like one is recorded as. */
  public static final String OTHER_CODE = "(not an error code)";

  private final String source;
  private final Map<CoverageEntry, LongAdder> counts = new ConcurrentHashMap<>();

  /**
   * A recorder of exchanges seen by {@code source}.
   *
   * @param source {@code sandbox}, {@code client} or {@code proxy}
   */
  public CoverageRecorder(String source) {
    this.source = source;
  }

  /**
   * Counts one exchange.
   *
   * @param operationId its operation
   * @param status the answer's status
   * @param errorCode the error body's {@code error.code}, or null
   * @param fault whether an injected fault answered
   * @param outcome what the client made of it, or null
   */
  public void record(String operationId, int status, String errorCode, boolean fault, String outcome) {
    String code = errorCode == null || ERROR_CODE.matcher(errorCode).matches() ? errorCode : OTHER_CODE;
    counts.computeIfAbsent(new CoverageEntry(source, operationId, status, code, fault, outcome, 0),
        kind -> new LongAdder()).increment();
  }

  /**
   * Counts one exchange a client made, not a fault's: the shape of the client's {@code CoverageListener}, so that
   * {@code ITwinPlatform.builder().recordCoverage(recorder::record)} records into this.
   */
  public void record(String operationId, int status, String errorCode, String outcome) {
    record(operationId, status, errorCode, false, outcome);
  }

  /** What was counted so far. */
  public ApiCoverage snapshot() {
    return new ApiCoverage(counts.entrySet().stream().map(e -> e.getKey().times(e.getValue().sum())).toList());
  }

  /** Forgets what was counted. */
  public void clear() {
    counts.clear();
  }
}
