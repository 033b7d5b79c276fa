package io.itwincontracts.speccheck;

import io.itwincontracts.spec.SpecDocuments;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A spec's {@code info.version}, compared as {@code MAJOR.MINOR.PATCH} (a leading {@code v} and anything after the
 * third number are ignored; a missing part is 0). The major part decides whether breaking changes are allowed; the
 * whole version must increase for a release.
 *
 * @param text the version as written in the spec
 */
public record SpecVersion(String text) implements Comparable<SpecVersion> {

  /** The {@code info.version} of a spec file. */
  public static SpecVersion of(Path spec) {
    return new SpecVersion(new SpecDocuments().root(spec.toAbsolutePath().normalize().toUri())
        .child("info").child("version").node().asText(""));
  }

  /** The first number, 0 when there is none. */
  public int major() {
    return parts()[0];
  }

  /** The next major version, e.g. {@code 2.0.0} after {@code 1.4.2}. */
  public String nextMajor() {
    return (major() + 1) + ".0.0";
  }

  @Override
  public int compareTo(SpecVersion other) {
    return Arrays.compare(parts(), other.parts());
  }

  private int[] parts() {
    String[] numbers = text.replaceFirst("^[vV]", "").split("[.+-]", -1);
    int[] parts = new int[3];
    for (int i = 0; i < 3 && i < numbers.length && numbers[i].matches("\\d{1,9}"); i++) {
      parts[i] = Integer.parseInt(numbers[i]);
    }
    return parts;
  }

  @Override
  public String toString() {
    return text;
  }
}
