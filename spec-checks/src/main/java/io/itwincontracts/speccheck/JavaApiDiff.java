package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.internal.javaapi.ClassArchive;
import io.itwincontracts.speccheck.internal.javaapi.JavaApiClassifier;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the Java API generated from the released contract with the one generated from its edit, with japicmp, and
 * classifies every difference ({@link JavaApiClassifier}). Only what a user can reach counts: public and protected
 * members of the generated packages.
 */
public final class JavaApiDiff {
  private JavaApiDiff() {}

  /**
   * Every difference between two class directories' generated packages.
   *
   * @param module names the generating module in each change, e.g. {@code client}
   * @param rootPackage the generated code's root package, e.g. {@code io.itwincontracts.client}
   * @param role what users do with the generated interfaces
   */
  public static List<JavaApiChange> compare(Path released, Path edited, String module, String rootPackage,
      InterfaceRole role) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PROTECTED);
    // Feign, Jackson and Jakarta classes are not on this classpath: what is compared is declared in the generated code.
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    JarArchiveComparator comparator = new JarArchiveComparator(options);
    List<japicmp.model.JApiClass> classes = comparator.compare(
        new JApiCmpArchive(ClassArchive.generatedClasses(released, rootPackage), "released", "1"),
        new JApiCmpArchive(ClassArchive.generatedClasses(edited, rootPackage), "edited", "2"));
    return new JavaApiClassifier(module, rootPackage, role).classify(classes);
  }
}
