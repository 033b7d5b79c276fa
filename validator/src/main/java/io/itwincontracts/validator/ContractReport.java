package io.itwincontracts.validator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The violations found in one message of an exchange, by the client's contract checks or a server's
 * {@code ContractValidationFeature}: what a listener receives and a test failure lists.
 *
 * @param exchange which exchange, for a person: who checked it and the request line, e.g.
 *     {@code client POST /edfs/itwins/…/systems}
 * @param target the message: the operation's request, or its response with the status received (the shared
 *     error schema for a server's answer to a request that matched no operation)
 * @param violations what is wrong, never empty
 */
public record ContractReport(String exchange, Target target, List<Violation> violations) {
  /** Copies the list. */
  public ContractReport {
    violations = List.copyOf(violations);
  }

  @Override
  public String toString() {
    return exchange + ": " + target + ": " + violations.stream().map(Violation::toString)
        .collect(Collectors.joining("; "));
  }
}
