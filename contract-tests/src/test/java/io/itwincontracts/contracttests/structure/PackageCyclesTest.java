package io.itwincontracts.contracttests.structure;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * In each published module nothing runs back up: no sub-package imports, directly or through others, a sub-package
 * or a root-package type that imports it back. A module's root package holds its entry points and the values users
 * pass in, so each of its top-level types counts on its own (the facade {@code Sandbox} may use the internals, which
 * may take a {@code Fault}); each sub-package counts as one (ArchUnit's cycle check over the compiled classes).
 */
class PackageCyclesTest {
  @TestFactory
  Stream<DynamicTest> noPublishedModuleHasAnImportCycle() {
    return PublishedModules.NAMES.stream().map(module -> dynamicTest(module, () -> {
      JavaClasses classes = new ClassFileImporter().importPath(PublishedModules.classes(module));
      String root = classes.stream().map(JavaClass::getPackageName).min(Comparator.comparingInt(String::length))
          .orElseThrow();
      slices().assignedFrom(rooms(root)).should().beFreeOfCycles()
          // an annotation names the code that reads it (JUnit's @ExtendWith), which reads it back: one piece
          .ignoreDependency(describe("an annotation", JavaClass::isAnnotation), alwaysTrue())
          .check(classes);
    }));
  }

  /** A sub-package of the root, or a top-level type of the root package. */
  private static SliceAssignment rooms(String root) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.equals(root) && !pkg.startsWith(root + ".")) {
          return SliceIdentifier.ignore();   // another module's or a library's type
        }
        if (pkg.equals(root)) {
          JavaClass outer = type;
          while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
          }
          return SliceIdentifier.of(outer.getSimpleName());
        }
        return SliceIdentifier.of(pkg.substring(root.length() + 1).replace('.', '/') + "/");
      }

      @Override
      public String getDescription() {
        return "the sub-packages of " + root + " and the top-level types of the package itself";
      }
    };
  }
}
