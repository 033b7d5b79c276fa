package io.itwincontracts.conformance;

/** The checks verify and proxy apply: what a {@link Failure} names as the one that found it. */
public enum Check {
  /** The status is not one the operation documents (the engine's {@code status} violation). */
  STATUS,
  /** A header the status requires is missing, such as {@code retry-after} on a 429 (the engine's {@code header}). */
  HEADER,
  /** The body breaks the schema of its status (the engine's schema validation). */
  SCHEMA,
  /** A body whose content type is not a JSON media type the specs document. */
  CONTENT_TYPE,
  /** An error code the pages do not name for that status, where they name some. */
  ERROR_CODE,
  /** A 5xx: a server never answers a client's mistake, or a valid request, with a server error. */
  SERVER_ERROR,
  /** A status of the wrong class for the case: a valid request refused, an invalid one accepted, no 401. */
  EXPECTED_STATUS,
  /** A stateful sequence that went wrong: a second create without the 409, a list without the created item. */
  SEQUENCE,
  /** No answer within the time limit, or the connection failed. */
  NO_ANSWER,
  /** The request itself breaks its schema (proxy: the client's mistake, reported beside the server's). */
  REQUEST
}
