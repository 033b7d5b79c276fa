package io.itwincontracts.conformance;

/**
 * One request of a verify run and the status class it must get.
 *
 * @param operationId the operation it exercises
 * @param kind {@code positive}, {@code negative}, {@code auth} or {@code sequence}
 * @param request what is sent
 * @param expectation the status class it must get
 */
record VerifyCase(String operationId, String kind, FuzzCase request, Expectation expectation) {
  String name() {
    return kind + " " + request.name();
  }
}
