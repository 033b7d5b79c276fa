package io.itwincontracts.speccheck.internal.lint;

/**
 * A place in a spec that breaks a lint rule, named so that an editor can jump to it.
 *
 * @param file the spec file's name, e.g. {@code edfs.yaml} (a shared file when the fault is there)
 * @param pointer the JSON pointer of the offending node in that file
 * @param rule the rule's id, e.g. {@code retry-after}
 * @param message what is wrong
 */
public record LintViolation(String file, String pointer, String rule, String message) {

  /** {@code FILE: POINTER: message [rule]}. */
  @Override
  public String toString() {
    return file + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message + " [" + rule + "]";
  }
}
