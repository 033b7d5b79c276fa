package io.itwincontracts.validator.coverage;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.runtime.internal.WholeFile;
import io.itwincontracts.validator.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage against what there was to cover: every operation of the spec × every status it lists × the error codes
 * each status's page gives ({@code x-error-codes}), each exercised, exercised only through an injected fault, or
 * never; and what was seen that the spec does not list.
 */
public final class CoverageMatrix {
  /** How far a status or error code was reached. */
  public enum State {
    /** An answer of the API itself had it. */
    EXERCISED,
    /** Only an injected fault had it: the client met it, the API's own rules never produced it. */
    FAULT_ONLY,
    /** No exchange had it. */
    NEVER
  }

  /**
   * One error code a status lists.
   *
   * @param code the code
   * @param state how far it was reached
   * @param exchanges how many exchanges had it
   */
  public record Code(String code, State state, long exchanges) {}

  /**
   * One status an operation lists.
   *
   * @param status the status ({@code 409})
   * @param state how far it was reached
   * @param exchanges how many exchanges had it, as the server saw them (the sandbox, the proxy), or the client when
   *     no server recorded
   * @param codes its listed error codes
   * @param outcomes what the client made of it, by outcome ({@code returned}, {@code threw ConflictException} ...)
   */
  public record Cell(String status, State state, long exchanges, List<Code> codes, Map<String, Long> outcomes) {}

  /**
   * One operation's row.
   *
   * @param operation the operation
   * @param cells its listed statuses, in spec order
   * @param unlisted statuses a server answered that it does not list, with how often (drift), by status
   * @param unlistedCodes error codes a server answered that its statuses do not list, as {@code status code}, with
   *     how often
   * @param unlistedFaults statuses it does not list that an injected fault gave (a 502 page, a 503): the test's own
   *     doing, apart from drift
   */
  public record Row(Operation operation, List<Cell> cells, Map<Integer, Long> unlisted,
      Map<String, Long> unlistedCodes, Map<Integer, Long> unlistedFaults) {
    /** Listed statuses reached (fault-only included). */
    public long exercised() {
      return cells.stream().filter(c -> c.state() != State.NEVER).count();
    }

    /** Listed statuses reached ÷ listed, 0 to 1. */
    public double ratio() {
      return cells.isEmpty() ? 1 : (double) exercised() / cells.size();
    }
  }

  private static final String CLIENT = "client";

  private final List<Row> rows;
  private final long exchanges;

  private CoverageMatrix(List<Row> rows, long exchanges) {
    this.rows = rows;
    this.exchanges = exchanges;
  }

  static CoverageMatrix of(ContractValidator spec, ApiCoverage coverage) {
    List<Row> rows = new ArrayList<>();
    for (Operation operation : spec.operations()) {
      List<CoverageEntry> seen = coverage.entries().stream()
          .filter(e -> e.operationId().equals(operation.operationId())).toList();
      List<Cell> cells = new ArrayList<>();
      for (String status : operation.statuses()) {
        List<CoverageEntry> here = witnesses(seen.stream().filter(e -> String.valueOf(e.status()).equals(status)).toList());
        List<Code> codes = spec.errorCodes(operation.operationId(), Integer.parseInt(status)).stream()
            .map(code -> new Code(code, state(here.stream().filter(e -> code.equals(e.errorCode())).toList()),
                count(here.stream().filter(e -> code.equals(e.errorCode())).toList())))
            .toList();
        Map<String, Long> outcomes = new TreeMap<>();
        seen.stream().filter(e -> String.valueOf(e.status()).equals(status) && e.outcome() != null)
            .forEach(e -> outcomes.merge(e.outcome(), e.count(), Long::sum));
        cells.add(new Cell(status, state(here), count(here), codes, outcomes));
      }
      Map<Integer, Long> unlisted = new TreeMap<>();
      Map<String, Long> unlistedCodes = new TreeMap<>();
      Map<Integer, Long> unlistedFaults = new TreeMap<>();
      for (CoverageEntry e : witnesses(seen)) {
        String status = String.valueOf(e.status());
        if (!operation.statuses().contains(status)) {
          (e.fault() ? unlistedFaults : unlisted).merge(e.status(), e.count(), Long::sum);
        } else if (!e.fault() && e.errorCode() != null && !spec.errorCodes(operation.operationId(), e.status()).isEmpty()
            && !spec.errorCodes(operation.operationId(), e.status()).contains(e.errorCode())) {
          unlistedCodes.merge(status + " " + e.errorCode(), e.count(), Long::sum);
        }
      }
      rows.add(new Row(operation, List.copyOf(cells), unlisted, unlistedCodes, unlistedFaults));
    }
    return new CoverageMatrix(List.copyOf(rows), coverage.exchanges());
  }

  /**
   * The entries that tell what happened: a server's (the sandbox's, the proxy's) when there are any, since only a
   * server knows that a fault answered, and an exchange both saw would count twice; else the client's (a client
   * that met a real server, or another mock).
   */
  private static List<CoverageEntry> witnesses(List<CoverageEntry> entries) {
    List<CoverageEntry> servers = entries.stream().filter(e -> !CLIENT.equals(e.source())).toList();
    return servers.isEmpty() ? entries : servers;
  }

  private static State state(List<CoverageEntry> entries) {
    if (entries.stream().anyMatch(e -> !e.fault())) {
      return State.EXERCISED;
    }
    return entries.isEmpty() ? State.NEVER : State.FAULT_ONLY;
  }

  private static long count(List<CoverageEntry> entries) {
    return entries.stream().mapToLong(CoverageEntry::count).sum();
  }

  /** One row per operation of the spec, in spec order. */
  public List<Row> rows() {
    return rows;
  }

  /** How many exchanges the coverage holds, as every recorder counted them (the sandbox's and the client's). */
  public long exchanges() {
    return exchanges;
  }

  /** Statuses listed, over every operation. */
  public long listedStatuses() {
    return rows.stream().mapToLong(r -> r.cells().size()).sum();
  }

  /** Listed statuses reached (fault-only included), over every operation. */
  public long exercisedStatuses() {
    return rows.stream().mapToLong(Row::exercised).sum();
  }

  /** Listed statuses reached only through injected faults. */
  public long faultOnlyStatuses() {
    return cells().filter(c -> c.state() == State.FAULT_ONLY).count();
  }

  /** Listed error codes, over every operation and status. */
  public long listedCodes() {
    return cells().mapToLong(c -> c.codes().size()).sum();
  }

  /** Listed error codes reached. */
  public long exercisedCodes() {
    return cells().flatMap(c -> c.codes().stream()).filter(c -> c.state() != State.NEVER).count();
  }

  /** Listed statuses reached ÷ listed, 0 to 1. */
  public double ratio() {
    return listedStatuses() == 0 ? 1 : (double) exercisedStatuses() / listedStatuses();
  }

  /**
   * What no exchange reached, per operation: {@code createSystem: 403, 409} for statuses, and a reached status's
   * codes that were not, as {@code 404 iTwinNotFound}.
   */
  public Map<String, List<String>> missing() {
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (Row row : rows) {
      List<String> here = new ArrayList<>();
      for (Cell cell : row.cells()) {
        if (cell.state() == State.NEVER) {
          here.add(cell.status());
        } else {
          cell.codes().stream().filter(c -> c.state() == State.NEVER).forEach(c -> here.add(cell.status() + " " + c.code()));
        }
      }
      if (!here.isEmpty()) {
        missing.put(row.operation().operationId(), here);
      }
    }
    return missing;
  }

  /** The matrix as one self-contained HTML page (no script, no request to anywhere). */
  public String html() {
    return CoverageHtml.render(this);
  }

  /** The matrix as JSON: totals, and per operation each status's state, codes and client outcomes. */
  public String json() {
    return CoverageJson.render(this);
  }

  /**
   * Writes {@link #html} to {@code file}, whole or not at all.
   *
   * @throws IOException if it cannot be written
   */
  public void writeHtml(Path file) throws IOException {
    WholeFile.write(file, html());
  }

  /**
   * Writes {@link #json} to {@code file}, whole or not at all.
   *
   * @throws IOException if it cannot be written
   */
  public void writeJson(Path file) throws IOException {
    WholeFile.write(file, json());
  }

  /** A few lines for a console: the totals, then what was missed per operation. */
  public String summary() {
    StringBuilder text = new StringBuilder(String.format("API coverage: %d of %d statuses (%.1f%%, %d only through"
        + " injected faults), %d of %d error codes, from %d exchanges%n", exercisedStatuses(), listedStatuses(),
        100 * ratio(), faultOnlyStatuses(), exercisedCodes(), listedCodes(), exchanges));
    Map<String, List<String>> missing = missing();
    for (Row row : rows) {
      text.append(String.format("  %-28s %2d of %2d", row.operation().operationId(), row.exercised(), row.cells().size()));
      List<String> missed = missing.getOrDefault(row.operation().operationId(), List.of());
      text.append(missed.isEmpty() ? "" : "   never: " + String.join(", ", missed));
      if (!row.unlisted().isEmpty()) {
        text.append("   unlisted: ").append(row.unlisted());
      }
      if (!row.unlistedFaults().isEmpty()) {
        text.append("   injected, unlisted: ").append(row.unlistedFaults());
      }
      text.append(System.lineSeparator());
    }
    return text.toString();
  }

  private java.util.stream.Stream<Cell> cells() {
    return rows.stream().flatMap(r -> r.cells().stream());
  }
}
