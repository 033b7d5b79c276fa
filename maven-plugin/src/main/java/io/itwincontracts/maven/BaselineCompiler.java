package io.itwincontracts.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Compiles the code generated from the baseline with the JDK's compiler, in the build's JVM, against the module's
 * compile classpath: the module's own classes are on it, so a baseline API compiles against the shared code it does
 * not generate, while its own sources, named on the command line, take the place of the module's classes of the same
 * name.
 */
final class BaselineCompiler {
  private BaselineCompiler() {}

  /** Compiles every main {@code .java} file under {@code sourceDirs} into {@code classes}. */
  static void compile(List<Path> sourceDirs, List<String> classpath, Path classes, String release)
      throws MojoExecutionException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new MojoExecutionException("java-api compiles the baseline with the JDK's compiler: run Maven on a JDK");
    }
    List<Path> sources = sources(sourceDirs);
    Directories.empty(classes);
    if (sources.isEmpty()) {
      return;
    }
    List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        String.join(java.io.File.pathSeparator, classpath), "-encoding", "UTF-8", "-proc:none", "-nowarn"));
    if (release != null && !release.isBlank()) {
      options.addAll(List.of("--release", release.strip()));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!compiled) {
        throw new MojoExecutionException("the code generated from the baseline does not compile:\n"
            + diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // generated tests (generateApiTests) need test libraries; only what the module ships is compared
  private static List<Path> sources(List<Path> sourceDirs) {
    List<Path> sources = new ArrayList<>();
    for (Path dir : sourceDirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(file -> file.toString().endsWith(".java"))
            .filter(file -> !dir.relativize(file).toString().replace('\\', '/').startsWith("src/test/"))
            .sorted().forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    }
    return sources;
  }
}
