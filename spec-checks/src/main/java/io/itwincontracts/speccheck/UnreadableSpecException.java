package io.itwincontracts.speccheck;

/** A spec the diff cannot compare: a missing file or one that is not an OpenAPI document. */
public final class UnreadableSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the file. */
  public UnreadableSpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
