package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.internal.changelog.Finding;
import io.itwincontracts.speccheck.Level;

/**
 * One difference between the Java API generated from the released contract and the one generated from its edit.
 *
 * @param module the generating module, e.g. {@code client}
 * @param api the spec the class is generated from, e.g. {@code edfs} ({@code common} for the shared error model)
 * @param className the class's fully qualified name
 * @param member the method, constructor or field, e.g. {@code createSystem(String, SaveUserSystemCredentialDto)}; empty
 *     for the class itself
 * @param reason what changed and whom it affects
 * @param level ERROR when code compiled against the released API no longer compiles or links
 * @param rule the id of the rule, e.g. {@code java:removed}
 */
public record JavaApiChange(String module, String api, String className, String member, String reason, Level level,
    String rule) {

  /** Whether code built against the released API breaks. */
  public boolean breaking() {
    return level == Level.ERROR;
  }

  /** {@code Class#member}, or the class alone. */
  public String where() {
    return member.isEmpty() ? className : className + "#" + member;
  }

  /** This change as a changelog row. */
  public Finding finding() {
    return new Finding(level, where(), reason, rule);
  }

  /** {@code ERROR client edfs io.x.EdfsApi#createSystem(String): method removed: ... [java:removed]}. */
  @Override
  public String toString() {
    return level + " " + module + " " + api + " " + where() + ": " + reason + " [" + rule + "]";
  }
}
