package io.itwincontracts.client;

/**
 * Whether the client holds each exchange to the contract (the specs bundled with
 * {@code io.itwincontracts:itwin-contracts-validator}, which must then be on the classpath): every request body
 * before it is sent, every response (its status documented for the operation, the headers that status requires,
 * its body against that status's schema) when it arrives. Set with
 * {@link ITwinPlatform.Builder#contractChecks(ContractChecks)}.
 */
public enum ContractChecks {
  /** No check (the default): nothing is validated and the validator is not needed. */
  OFF,
  /**
   * Everything passes as without checks; the violations of each message go to the listener given with
   * {@link ITwinPlatform.Builder#onContractViolation}.
   */
  REPORT,
  /**
   * A request that breaks the contract is not sent, and a response that breaks it is not returned: both throw a
   * {@link ContractViolationException} (the listener, if any, hears of them first).
   */
  STRICT
}
