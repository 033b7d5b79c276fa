package io.itwincontracts.contracttests.regeneration;

import io.itwincontracts.speccheck.InterfaceRole;
import io.itwincontracts.speccheck.JavaApiChange;
import io.itwincontracts.speccheck.JavaApiDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where one API's generated classes are, and their comparison as the build's Java-API check makes it. */
final class GeneratedClasses {
  private GeneratedClasses() {}

  /** The Java-API changes from {@code released} to {@code edited} classes of one module. */
  static List<JavaApiChange> compare(GeneratorSettings settings, Path released, Path edited) {
    InterfaceRole role = settings.module().equals("client") ? InterfaceRole.CALLED : InterfaceRole.IMPLEMENTED;
    return JavaApiDiff.compare(released, edited, settings.module(), settings.rootPackage(), role);
  }

  /**
   * Copies one API's interfaces and models out of a module's build output (not its invoker classes, which the
   * in-process generation leaves out), so that they compare with what {@link InProcessGenerator} compiled.
   */
  static Path ofApi(Path moduleClasses, GeneratorSettings settings, String api, Path into) {
    Path from = moduleClasses.resolve((settings.rootPackage() + "." + api).replace('.', '/'));
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!from.relativize(file).startsWith("invoker")) {
          Path target = into.resolve(moduleClasses.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the classes of " + from, e);
    }
    return into;
  }
}
