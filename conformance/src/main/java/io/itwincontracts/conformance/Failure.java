package io.itwincontracts.conformance;

import java.nio.file.Path;

/**
 * One way the server under test broke the contract in one case.
 *
 * @param operationId the operation the case exercised
 * @param caseName what the case sent, e.g. {@code negative /systemType: string of maxLength+1 (151)}
 * @param check the check that found it
 * @param expected what the contract asks for
 * @param got what the server did
 * @param replay the request as a replayable file (secrets redacted), or null when none was written
 */
public record Failure(String operationId, String caseName, Check check, String expected, String got, Path replay) {
  /** One line: operation, case, expected, got. */
  @Override
  public String toString() {
    return operationId + " | " + caseName + " | " + check + ": expected " + expected + " | got " + got;
  }
}
