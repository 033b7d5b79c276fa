package io.itwincontracts.spec;

/**
 * A spec that cannot be used: a missing or unreadable file, invalid YAML, or a {@code $ref} that points nowhere.
 * The message names the file and the place in it.
 */
public final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the file and the location of the problem. */
  public SpecException(String message) {
    super(message);
  }
}
