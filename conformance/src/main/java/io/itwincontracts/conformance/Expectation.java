package io.itwincontracts.conformance;

import java.util.function.IntPredicate;

/**
 * The status class a case must get, beside what every answer must keep ({@link ResponseChecks}).
 *
 * @param description for a person: {@code 2xx}, {@code a documented 4xx}, {@code 401}
 * @param accepts whether a status meets it
 */
record Expectation(String description, IntPredicate accepts) {
  static final Expectation SUCCESS = new Expectation("2xx", s -> s >= 200 && s < 300);
  /** An example's fixed IDs may exist already (an earlier run): the documented 409 is as good as a create. */
  static final Expectation SUCCESS_OR_CONFLICT = new Expectation("2xx (or 409: the example exists already)",
      s -> s >= 200 && s < 300 || s == 409);
  static final Expectation REFUSAL = new Expectation("a documented 4xx", s -> s >= 400 && s < 500);
  static final Expectation UNAUTHORIZED = new Expectation("401", s -> s == 401);
  static final Expectation CONFLICT = new Expectation("409 (it exists already)", s -> s == 409);
}
