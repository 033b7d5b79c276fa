package io.itwincontracts.client;

/**
 * Hears, for API coverage, each attempt of a call of an operation and what the client made of it. A
 * {@code CoverageRecorder} of the validator is one: {@code builder.recordCoverage(recorder::record)}.
 */
@FunctionalInterface
public interface CoverageListener {
  /**
   * One attempt, once its call is over.
   *
   * @param operationId the operation the generated method calls
   * @param status the answer's status
   * @param errorCode the {@code error.code} of a documented error body, or null
   * @param outcome {@code returned}, {@code returned after retry}, {@code retried} (an attempt that was retried),
   *     or {@code threw} and the exception's simple name ({@code threw ConflictException})
   */
  void exchanged(String operationId, int status, String errorCode, String outcome);
}
