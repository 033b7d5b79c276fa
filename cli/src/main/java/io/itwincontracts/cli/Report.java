package io.itwincontracts.cli;

import io.itwincontracts.validator.Violation;
import java.util.List;

/** Where the results of a validation run go, payload by payload, as they come. */
interface Report {
  void add(String source, List<Violation> violations);

  /** Writes the summary. */
  void finish();

  int invalid();
}
