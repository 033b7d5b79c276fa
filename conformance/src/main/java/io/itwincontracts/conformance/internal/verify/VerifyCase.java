package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.internal.http.Request;
import java.util.Locale;

/**
 * One request of a verify run and what it must get.
 *
 * @param operationId the operation it exercises
 * @param kind which of the four kinds of case it is: the summary counts each apart
 * @param label what the request is, e.g. {@code /systemType: string of maxLength+1 (151)}
 * @param request what is sent
 * @param expectation what it must get
 */
record VerifyCase(String operationId, Kind kind, String label, Request request, Expectation expectation) {
  /**
   * The kinds of case, in the order the summary shows them. They differ in what they are made of and expect, not in
   * what a case holds, so they are a closed set of names rather than types.
   */
  enum Kind {
    /** A valid request: an example, a generated body, or a plain request of an operation without a body. */
    POSITIVE,
    /** An invalid request: a body the engine finds invalid, a wrong content type, a method the path lacks. */
    NEGATIVE,
    /** A valid request without valid credentials. */
    AUTH,
    /** A step of a stateful sequence: a create, the list after it, the same create again. */
    SEQUENCE;

    /** The name reports, counts and case names use: {@code positive}, {@code negative}, {@code auth}, {@code sequence}. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The kind and the label, e.g. {@code negative /systemType: string of maxLength+1 (151)}: what a failure names. */
  String name() {
    return kind.label() + " " + label;
  }
}
