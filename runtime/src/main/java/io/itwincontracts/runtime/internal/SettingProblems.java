package io.itwincontracts.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How every builder of the products checks its settings: it collects each problem, then fails once naming them all
 * ({@code Cannot build Sandbox:} and a line per problem), so a misconfiguration is fixed in one round, not one per
 * run.
 */
public final class SettingProblems {
  private final String built;
  private final List<String> problems = new ArrayList<>();

  /** The problems of building {@code built} (the type's simple name). */
  public SettingProblems(String built) {
    this.built = built;
  }

  /** Notes {@code problem} unless {@code ok}. */
  public SettingProblems require(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
    return this;
  }

  /** Notes a problem found otherwise. */
  public SettingProblems add(String problem) {
    problems.add(problem);
    return this;
  }

  /**
   * Throws if any problem was noted.
   *
   * @throws IllegalStateException naming every problem, one per line
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Cannot build " + built + ":\n- " + String.join("\n- ", problems));
    }
  }
}
