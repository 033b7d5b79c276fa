package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.Level;
import io.itwincontracts.speccheck.Rule;

/**
 * One difference between a released contract and its edit, with what a reviewer needs to judge it: the API, the
 * operation, where in the operation, what changed, its level and the rule that sets the level.
 *
 * @param api the spec's file name without {@code .yaml}, e.g. {@code edfs}
 * @param operation the operationId and {@code METHOD /path}
 * @param location where in the operation, e.g. {@code request body /name}; empty for the whole operation
 * @param reason what changed and, for an error, whom it breaks
 * @param level how it weighs on clients of the released version
 * @param rule the lifecycle or project rule the level follows
 */
public record SpecChange(String api, String operation, String location, String reason, Level level, Rule rule) {

  /** Whether a client built against the released contract can fail: an {@link Level#ERROR}. */
  public boolean breaking() {
    return level == Level.ERROR;
  }

  /** Where in the contract: the operation and, if any, the location in it. */
  public String where() {
    return location.isEmpty() ? operation : operation + " " + location;
  }

  /** The line the gate and the {@code diff} command print, e.g. {@code ERROR edfs createSystem (POST /x) request body /name: ... [bentley:...]}. */
  @Override
  public String toString() {
    return level + " " + api + " " + where() + ": " + reason + " [" + rule.id() + "]";
  }
}
