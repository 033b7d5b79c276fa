package io.itwincontracts.speccheck.internal.javaapi;

/**
 * Which spec a generated class comes from: the first package segment under the generated root names it (the parent pom
 * generates {@code <root>.edfs}, {@code <root>.edfs.model}, ...), except {@code <root>.error}, the error model that
 * every API shares, which is generated from {@code common.yaml}.
 */
public final class GeneratedPackages {
  static final String SHARED_MODEL_SEGMENT = "error";
  public static final String SHARED_SPEC = "common";

  private GeneratedPackages() {}

  /** The spec name (file name without {@code .yaml}) of a class under {@code rootPackage}. */
  static String api(String className, String rootPackage) {
    String below = className.substring(rootPackage.length() + 1);
    String segment = below.substring(0, below.indexOf('.'));
    return segment.equals(SHARED_MODEL_SEGMENT) ? SHARED_SPEC : segment;
  }
}
