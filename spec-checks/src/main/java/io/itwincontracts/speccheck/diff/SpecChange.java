package io.itwincontracts.speccheck.diff;

/**
 * One difference between a released contract and its edit, with what a reviewer needs to judge it: the API, the
 * operation, where in the operation, and why it breaks (or does not break) existing clients.
 *
 * @param api the spec's file name without {@code .yaml}, e.g. {@code edfs}
 * @param operation the operationId and {@code METHOD /path}
 * @param location where in the operation, e.g. {@code request body /name}; empty for the whole operation
 * @param reason what changed and, for a breaking change, whom it breaks
 * @param breaking whether a client built against the released contract can fail
 */
public record SpecChange(String api, String operation, String location, String reason, boolean breaking) {

  /** The line the gate and the {@code diff} command print, e.g. {@code BREAKING edfs createSystem (POST /x) request body /name: ...}. */
  @Override
  public String toString() {
    String where = location.isEmpty() ? "" : " " + location;
    return (breaking ? "BREAKING " : "compatible ") + api + " " + operation + where + ": " + reason;
  }
}
