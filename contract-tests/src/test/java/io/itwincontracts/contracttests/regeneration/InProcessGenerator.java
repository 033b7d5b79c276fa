package io.itwincontracts.contracttests.regeneration;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Generates one API's interfaces and models in-process, as the build's execution for that spec does, and compiles them
 * with the JDK's compiler against the test classpath (which holds the client's and the stubs' shared classes: the error
 * model and the Feign invoker). About a second per API, where a Maven build of a project copy takes half a minute.
 */
final class InProcessGenerator {
  private final GeneratorSettings settings;

  InProcessGenerator(GeneratorSettings settings) {
    this.settings = settings;
  }

  /** Generates {@code <api>.yaml} of {@code specs} and compiles it into {@code work/classes}; returns that directory. */
  Path generateAndCompile(Path specs, String api, Path work) {
    Path sources = work.resolve("sources");
    Path classes = work.resolve("classes");
    CodegenConfigurator config = new CodegenConfigurator()
        .setInputSpec(specs.resolve(api + ".yaml").toString())
        .setOutputDir(sources.toString())
        .setGeneratorName(settings.generator())
        .setApiPackage(settings.rootPackage() + "." + api)
        .setModelPackage(settings.rootPackage() + "." + api + ".model")
        .setInvokerPackage(settings.rootPackage() + "." + api + ".invoker");
    if (settings.library() != null) {
      config.setLibrary(settings.library());
    }
    if (settings.templates() != null) {
      config.setTemplateDir(settings.templates().toString());
    }
    settings.options().forEach(config::addAdditionalProperty);
    settings.schemaMappings().forEach(config::addSchemaMapping);
    // APIs and models only: the invoker classes are the same for every spec and already on the classpath
    GlobalSettings.reset();
    GlobalSettings.setProperty("apis", "");
    GlobalSettings.setProperty("models", "");
    if (settings.modelSupportingFile() != null) {
      GlobalSettings.setProperty("supportingFiles", settings.modelSupportingFile());
    }
    for (String off : List.of("apiTests", "modelTests", "apiDocs", "modelDocs")) {
      GlobalSettings.setProperty(off, "false");
    }
    new DefaultGenerator().opts(config.toClientOptInput()).generate();
    compile(sources, classes);
    return classes;
  }

  /**
   * One file manager for every compile in this JVM: javac opens and indexes each jar of the classpath (the test
   * classpath has a few hundred) once, where a compile of its own paid that again each time, 40 % of its work.
   */
  private static StandardJavaFileManager fileManager;

  private static synchronized void compile(Path sources, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      Files.createDirectories(classes);
      files = walk.filter(file -> file.toString().endsWith(".java")).toList();
      if (fileManager == null) {
        fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH,
            Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList());
      }
      fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the sources generated in " + sources, e);
    }
    StringWriter errors = new StringWriter();
    // no --release: javac would read the platform's API from ct.sym through a file manager of its own on every
    // compile (27 -> 17 s for the fixtures without it); the running JDK (17 or later) compiles both sides compared
    boolean compiled = javac.getTask(errors, fileManager, null, List.of("-proc:none", "-nowarn"),
        null, fileManager.getJavaFileObjectsFromPaths(files)).call();
    if (!compiled) {
      throw new IllegalStateException("the code generated in " + sources + " does not compile:\n" + errors);
    }
  }
}
