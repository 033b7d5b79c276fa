package io.itwincontracts.speccheck.internal.javaapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The generated classes of a class directory as an in-memory jar, which is what japicmp compares: the classes in the
 * sub-packages of the generated code's root package. Hand-written classes sit in the root package itself (the client's
 * runtime) and are not part of the generated API.
 */
public final class ClassArchive {
  private ClassArchive() {}

  public static byte[] generatedClasses(Path classes, String rootPackage) {
    Path root = classes.resolve(rootPackage.replace('.', '/'));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      for (Path file : classFiles(root)) {
        if (!file.getParent().equals(root)) {
          jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          jar.write(Files.readAllBytes(file));
          jar.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the classes under " + root, e);
    }
    return bytes.toByteArray();
  }

  private static List<Path> classFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
    }
  }
}
