package io.itwincontracts.contracttests.regeneration;

import io.itwincontracts.speccheck.Level;
import java.util.List;
import java.util.function.Function;

/** A check's outcome as the fixtures state it: the highest level and the rules at that level, or NONE. */
record Outcome(String level, List<String> rules) {

  static <T> Outcome of(List<T> findings, Function<T, Level> level, Function<T, String> rule) {
    Level highest = findings.stream().map(level).min(Level::compareTo).orElse(null);
    if (highest == null) {
      return new Outcome("NONE", List.of());
    }
    return new Outcome(highest.name(),
        findings.stream().filter(finding -> level.apply(finding) == highest).map(rule).distinct().toList());
  }

  /** Whether {@code expected} ({@code LEVEL rule} or {@code NONE}) describes this outcome. */
  boolean matches(String expected) {
    String[] parts = expected.split(" ");
    return parts[0].equals(level) && (parts.length == 1 || rules.contains(parts[1]));
  }

  @Override
  public String toString() {
    return rules.isEmpty() ? level : level + " " + String.join(", ", rules);
  }
}
