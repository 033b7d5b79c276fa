package io.itwincontracts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The public API of a module's hand-written classes as text, a line per type and per public or protected member,
 * by type name: what a reviewer reads in a diff when the API changes (the way Kotlin's binary-compatibility-validator
 * and metalava keep an API visible). Left out: generated classes (the Java-API gate compares those with the baseline)
 * and {@code internal} packages (public only so that the module's own packages can share them).
 */
public final class ApiListing {
  private ApiListing() {}

  /**
   * Checks the module under {@code moduleDir} against its committed listing {@code api/<module>.txt}, or rewrites the
   * listing when the system property {@code api.update} is true.
   *
   * @param updateCommand the command a developer runs to rewrite the listing, named in the failure
   * @throws AssertionError naming the lines added ({@code +}) and removed ({@code -}) when they differ
   */
  public static void checkCommitted(Path moduleDir, String module, ClassLoader loader, String updateCommand)
      throws IOException {
    List<String> actual = of(moduleDir.resolve("target/classes"), moduleDir.resolve("src/main/java"), loader);
    Path listing = moduleDir.resolve("api").resolve(module + ".txt");
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(listing.getParent());
      Files.writeString(listing, String.join("\n", actual) + "\n");
      return;
    }
    List<String> committed = Files.exists(listing)
        ? Files.readAllLines(listing).stream().filter(l -> !l.isBlank()).toList() : List.of();
    if (!committed.equals(actual)) {
      throw new AssertionError("The public API of " + module + " differs from " + moduleDir.getFileName() + "/api/"
          + module + ".txt:\n" + difference(committed, actual)
          + "\nIf the change is meant, update the listing in the same commit:\n  " + updateCommand);
    }
  }

  private static String difference(List<String> committed, List<String> actual) {
    Set<String> removed = new LinkedHashSet<>(committed);
    actual.forEach(removed::remove);
    Set<String> added = new LinkedHashSet<>(actual);
    committed.forEach(added::remove);
    List<String> lines = new ArrayList<>();
    removed.forEach(line -> lines.add("- " + line));
    added.forEach(line -> lines.add("+ " + line));
    return String.join("\n", lines);
  }

  /**
   * The listing of the classes under {@code classes} whose source is under {@code sources}, loaded (not initialised)
   * through {@code loader}.
   */
  public static List<String> of(Path classes, Path sources, ClassLoader loader) {
    List<String> lines = new ArrayList<>();
    for (String name : handWrittenClasses(classes, sources)) {
      Class<?> type = load(name, loader);
      if (isApi(type)) {
        lines.add(typeLine(type));
        members(type).stream().sorted().forEach(member -> lines.add(name + " :: " + member));
      }
    }
    return lines;
  }

  private static List<String> handWrittenClasses(Path classes, Path sources) {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.map(classes::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
          .filter(f -> !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
          .filter(f -> !f.contains("/internal/"))   // not API by the project's convention, whatever their modifiers
          .filter(f -> Files.exists(sources.resolve(f.replaceAll("(\\$[^/]*)?\\.class$", ".java"))))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + classes, e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " is compiled but cannot be loaded", e);
    }
  }

  /** A type a user can name: public, or protected inside one, all the way out; not synthetic, local or anonymous. */
  private static boolean isApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!isVisible(t.getModifiers()) || t.isSynthetic() || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String typeLine(Class<?> type) {
    StringBuilder line = new StringBuilder(type.toGenericString());
    Type parent = type.getGenericSuperclass();
    if (parent != null && !Arrays.asList(Object.class, Record.class, Enum.class).contains(type.getSuperclass())) {
      line.append(" extends ").append(parent.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(String.join(", ", Arrays.stream(interfaces).map(Type::getTypeName).toList()));
    }
    return line.toString();
  }

  private static List<String> members(Class<?> type) {
    List<String> members = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      add(members, field, field.toGenericString(), type);
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      add(members, constructor, constructor.toGenericString(), type);
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!method.isBridge()) {
        add(members, method, method.toGenericString(), type);
      }
    }
    return members;
  }

  private static void add(List<String> members, Member member, String signature, Class<?> type) {
    boolean synthetic = member.isSynthetic() || member instanceof Executable e && e.isSynthetic();
    if (!synthetic && isVisible(member.getModifiers())) {
      // the declaring type is on the line already: "public void io.x.Foo.bar()" reads "public void bar()"
      members.add(signature.replace(type.getName() + ".", ""));
    }
  }
}
