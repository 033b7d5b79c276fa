package io.itwincontracts.cli;

/** The command line's exit codes, shared by every command. */
final class ExitCode {
  /** Every payload valid, no breaking change, no contract violation. */
  static final int VALID = 0;
  /** Some payload invalid, a breaking change, or a contract violation. */
  static final int INVALID = 1;
  /** A usage or I/O error, with a message that names the problem. */
  static final int USAGE_OR_IO_ERROR = 2;

  private ExitCode() {}
}
