package io.itwincontracts.validator.coverage;

/**
 * One kind of exchange seen by a recorder, and how often: an operation answered with a status (and, for an error,
 * the error code of its body).
 *
 * @param source who saw it: {@code sandbox} (answered it), {@code client} (sent it), {@code proxy} (forwarded it)
 * @param operationId the operation of the request
 * @param status the status of the answer
 * @param errorCode the {@code error.code} of an error body, or null when there was none
 * @param fault whether the answer was an injected fault, not the API's own
 * @param outcome what the client made of it ({@code returned}, {@code retried}, {@code returned after retry},
 *     {@code threw NotFoundException} ...), or null when no client saw it
 * @param count how many such exchanges
 */
public record CoverageEntry(String source, String operationId, int status, String errorCode, boolean fault,
    String outcome, long count) {

  /** The same exchange, {@code count} times. */
  CoverageEntry times(long count) {
    return new CoverageEntry(source, operationId, status, errorCode, fault, outcome, count);
  }

  /** The entry without its count, to add up entries of the same kind. */
  CoverageEntry kind() {
    return times(0);
  }
}
