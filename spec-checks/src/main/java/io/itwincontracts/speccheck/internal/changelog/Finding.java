package io.itwincontracts.speccheck.internal.changelog;

import io.itwincontracts.speccheck.Level;

/**
 * One row of a changelog: a wire change or a change of the generated Java API, as a person reads it.
 *
 * @param level how it weighs on clients of the released version
 * @param where the operation and location, or the class and member
 * @param what what changed and whom it affects
 * @param rule the id of the rule that sets the level
 */
public record Finding(Level level, String where, String what, String rule) {}
