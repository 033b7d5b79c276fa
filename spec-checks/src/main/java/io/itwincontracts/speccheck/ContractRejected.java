package io.itwincontracts.speccheck;

import java.util.List;

/**
 * Stops the build with every problem of a stage on its own line. It carries no stack trace: the Maven plugin logs the
 * message, and a trace would bury the lines a spec author needs.
 */
public final class ContractRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Rejects the contract at {@code stage}, one line per problem. */
  public ContractRejected(String stage, List<String> problems) {
    super(stage + ":\n" + String.join("\n", problems), null, false, false);
  }
}
