package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.Level;
import java.util.Locale;

/**
 * The one place where Bentley's lifecycle rules and the project's stricter reading differ: a field added to a response
 * whose schema has {@code additionalProperties: false}. Bentley calls new response fields compatible; a client
 * generated from a closed schema with strict parsing rejects them. {@link #STRICT}, the default, makes it an error;
 * {@link #BENTLEY} lists it as a warning.
 */
public enum CompatibilityPolicy {
  STRICT(Level.ERROR),
  BENTLEY(Level.WARN);

  private final Level closedResponseField;

  CompatibilityPolicy(Level closedResponseField) {
    this.closedResponseField = closedResponseField;
  }

  /** The level of a field added to a closed response schema. */
  public Level closedResponseField() {
    return closedResponseField;
  }

  /**
   * The policy named {@code strict} or {@code bentley} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static CompatibilityPolicy named(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("compatibility policy '" + name + "': use strict or bentley", e);
    }
  }
}
