package io.itwincontracts.conformance;

/** The checks verify and proxy apply: what a {@link Failure} names as the one that found it. */
public enum Check {
  /** The status is not one the operation lists (the engine's {@code status} violation). */
  STATUS,
  /** A header the status requires is missing or breaks its schema, such as {@code retry-after} on a 429 (the engine's {@code header}). */
  HEADER,
  /** The body breaks the schema of its status (the engine's schema validation). */
  SCHEMA,
  /** A body whose content type is not a media type its status offers (the engine's {@code media-type}). */
  CONTENT_TYPE,
  /** An error code the spec does not give for that status (the engine's {@code error-code}). */
  ERROR_CODE,
  /** A 5xx, which no operation lists: a server never answers a client's mistake, or a valid request, with one. */
  SERVER_ERROR,
  /** Not what the pages give for the case: a valid request refused, an invalid one accepted or answered with
   * another status or code than the page's (a 400 for the page's 422), no 401, a 422 whose details do not name the field. */
  EXPECTED_STATUS,
  /** A stateful sequence that went wrong: a second create without the 409, a list without the created item. */
  SEQUENCE,
  /** No answer within the time limit, or the connection failed. */
  NO_ANSWER,
  /** The request itself breaks its schema (proxy: the client's mistake, reported beside the server's). */
  REQUEST
}
