package io.itwincontracts.validator.coverage;

import io.itwincontracts.validator.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A threshold the coverage must reach, as JaCoCo's {@code check} has for code: statuses exercised ÷ listed overall
 * and per operation, and statuses (or error codes) that must be reached. Statuses reached only through an injected
 * fault count: the client met them.
 *
 * @param minimum the least overall ratio, 0 to 1 (0: none)
 * @param minimumPerOperation the least ratio of each operation, 0 to 1 (0: none)
 * @param required what must be reached, each {@code operationId:status} or {@code operationId:status:errorCode};
 *     {@code *} for the operation means every operation that lists the status
 */
public record CoverageGate(double minimum, double minimumPerOperation, List<String> required) {
  /** The setting of the overall minimum, in the JUnit Platform configuration or a system property. */
  public static final String MINIMUM = "itwin.coverage.minimum";
  /** The setting of the per-operation minimum. */
  public static final String MINIMUM_PER_OPERATION = "itwin.coverage.minimumPerOperation";
  /** The setting of what must be reached, comma-separated. */
  public static final String REQUIRED = "itwin.coverage.required";

  /** A gate; the ratios must be 0 to 1. */
  public CoverageGate {
    if (!(minimum >= 0 && minimum <= 1) || !(minimumPerOperation >= 0 && minimumPerOperation <= 1)) {
      throw new IllegalArgumentException("a coverage minimum is a ratio from 0 to 1 (0.8 for 80%), not "
          + (minimum >= 0 && minimum <= 1 ? minimumPerOperation : minimum));
    }
    required = List.copyOf(required);
  }

  /**
   * The gate the settings describe, or empty when none is set.
   *
   * @param settings a setting's value by its name ({@link #MINIMUM}, ...)
   * @throws IllegalArgumentException naming the setting whose value is not valid
   */
  public static Optional<CoverageGate> fromSettings(Function<String, Optional<String>> settings) {
    Optional<String> minimum = settings.apply(MINIMUM).filter(v -> !v.isBlank());
    Optional<String> perOperation = settings.apply(MINIMUM_PER_OPERATION).filter(v -> !v.isBlank());
    Optional<String> required = settings.apply(REQUIRED).filter(v -> !v.isBlank());
    if (minimum.isEmpty() && perOperation.isEmpty() && required.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CoverageGate(ratio(MINIMUM, minimum), ratio(MINIMUM_PER_OPERATION, perOperation),
        required.map(r -> Arrays.stream(r.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
            .orElse(List.of())));
  }

  private static double ratio(String name, Optional<String> value) {
    try {
      double ratio = value.map(Double::parseDouble).orElse(0.0);
      if (ratio >= 0 && ratio <= 1) {
        return ratio;
      }
    } catch (NumberFormatException notANumber) {
      // named below
    }
    throw new IllegalArgumentException(name + " is a ratio from 0 to 1 (0.8 for 80%), not \"" + value.get() + "\"");
  }

  /**
   * What keeps {@code matrix} below this gate, one line each; empty when it passes.
   *
   * @throws IllegalArgumentException if a required item names an operation, status or code the spec does not list
   */
  public List<String> shortfalls(CoverageMatrix matrix) {
    List<String> shortfalls = new ArrayList<>();
    if (matrix.ratio() < minimum) {
      shortfalls.add(String.format("statuses exercised: %d of %d (%.1f%%), the minimum is %.1f%% (%s)",
          matrix.exercisedStatuses(), matrix.listedStatuses(), 100 * matrix.ratio(), 100 * minimum, MINIMUM));
    }
    for (CoverageMatrix.Row row : matrix.rows()) {
      if (row.ratio() < minimumPerOperation) {
        shortfalls.add(String.format("%s: %d of %d statuses (%.1f%%), the minimum is %.1f%% (%s)",
            row.operation().operationId(), row.exercised(), row.cells().size(), 100 * row.ratio(),
            100 * minimumPerOperation, MINIMUM_PER_OPERATION));
      }
    }
    for (String item : required) {
      shortfalls.addAll(unreached(item, matrix));
    }
    return shortfalls;
  }

  /**
   * The failure message of a matrix below this gate: the shortfalls, then everything never reached; empty when it
   * passes.
   */
  public Optional<String> failure(CoverageMatrix matrix) {
    List<String> shortfalls = shortfalls(matrix);
    if (shortfalls.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder message = new StringBuilder("API coverage is below its gate:");
    shortfalls.forEach(s -> message.append(System.lineSeparator()).append("  - ").append(s));
    message.append(System.lineSeparator()).append("Never reached:");
    matrix.missing().forEach((operation, what) -> message.append(System.lineSeparator()).append("  ")
        .append(operation).append(": ").append(String.join(", ", what)));
    return Optional.of(message.toString());
  }

  private static List<String> unreached(String item, CoverageMatrix matrix) {
    String[] parts = item.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(REQUIRED + ": \"" + item + "\" is not operationId:status or"
          + " operationId:status:errorCode");
    }
    List<CoverageMatrix.Row> rows = matrix.rows().stream()
        .filter(r -> parts[0].equals("*") || r.operation().operationId().equals(parts[0])).toList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(REQUIRED + ": \"" + item + "\" names no operation of the spec ("
          + matrix.rows().stream().map(r -> r.operation().operationId()).toList() + ")");
    }
    List<String> unreached = new ArrayList<>();
    boolean listed = false;
    for (CoverageMatrix.Row row : rows) {
      Operation operation = row.operation();
      for (CoverageMatrix.Cell cell : row.cells()) {
        if (!cell.status().equals(parts[1])) {
          continue;
        }
        if (parts.length == 2) {
          listed = true;
          if (cell.state() == CoverageMatrix.State.NEVER) {
            unreached.add("required but never reached: " + operation.operationId() + " " + cell.status());
          }
          continue;
        }
        for (CoverageMatrix.Code code : cell.codes()) {
          if (code.code().equals(parts[2])) {
            listed = true;
            if (code.state() == CoverageMatrix.State.NEVER) {
              unreached.add("required but never reached: " + operation.operationId() + " " + cell.status() + " "
                  + code.code());
            }
          }
        }
      }
    }
    if (!listed) {
      throw new IllegalArgumentException(REQUIRED + ": \"" + item + "\" is not listed by the spec (no such status"
          + (parts.length == 3 ? " or error code" : "") + " on " + parts[0] + ")");
    }
    return unreached;
  }
}
