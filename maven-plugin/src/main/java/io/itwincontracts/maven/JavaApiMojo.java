package io.itwincontracts.maven;

import io.itwincontracts.speccheck.GeneratedApiGate;
import io.itwincontracts.speccheck.InterfaceRole;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Holds the Java API generated from the contract to the one generated from the released baseline: a renamed
 * {@code operationId} or schema keeps the wire but renames a method or a class. The module's own openapi-generator
 * executions run once more on the baseline (the same configuration, into {@code baselineSources}), the result is
 * compiled into {@code baselineClasses}, and the public API of both is compared with japicmp. Every difference is
 * printed and added to the API's changelog; a breaking one fails the build unless the spec raises its major version.
 */
@Mojo(name = "java-api", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class JavaApiMojo extends StampedGoal {
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  private final BuildPluginManager plugins;

  /** The module's name in each finding and changelog section, e.g. {@code client}. */
  @Parameter(property = "contracts.java-api.module", defaultValue = "${project.artifactId}", required = true)
  private String module;

  /**
   * What users do with the generated interfaces, which decides what a new method costs them: {@code called} (a
   * client: a new method is an addition) or {@code implemented} (server stubs: a new method breaks every server).
   */
  @Parameter(property = "contracts.java-api.interfaces", defaultValue = "called", required = true)
  private String interfaces;

  /**
   * The root package of the generated code: only its packages are compared, and the first package segment below it
   * names the spec a class comes from: with root {@code com.example}, {@code com.example.widgets} and
   * {@code com.example.widgets.model} hold the code of {@code widgets.yaml}, {@code com.example.error} the models of
   * {@code common.yaml}.
   */
  @Parameter(property = "contracts.java-api.rootPackage", required = true)
  private String rootPackage;

  /** Where each API's changelog pages go; this goal adds a section per module to them. */
  @Parameter(property = "contracts.changelog", defaultValue = "${project.build.directory}/changelog", required = true)
  private File changelog;

  /** Where the code generated from the baseline goes, a directory per execution. */
  @Parameter(defaultValue = "${project.build.directory}/baseline-sources", required = true)
  private File baselineSources;

  /** Where the code generated from the baseline is compiled to. */
  @Parameter(defaultValue = "${project.build.directory}/baseline-classes", required = true)
  private File baselineClasses;

  /** The Java release the baseline's code is compiled for (javac {@code --release}); empty for the running JDK's. */
  @Parameter(defaultValue = "${maven.compiler.release}")
  private String release;

  /** Skips the check (to measure a build without it, never to ship). */
  @Parameter(property = "contracts.java-api.skip", defaultValue = "false")
  private boolean skip;

  /** Maven injects the plugin manager, which runs the generator's executions on the baseline. */
  @Inject
  public JavaApiMojo(BuildPluginManager plugins) {
    this.plugins = plugins;
  }

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  Path stampDirectory() {
    return changelog.toPath().resolve(".stamps");
  }

  @Override
  void describeInputs(InputStamp stamp) {
    Plugin generator = project().getPlugin(BaselineGeneration.GENERATOR);
    stamp.tree("specs", specs.toPath()).tree("baseline", baseline.toPath())
        .tree("classes", classes().resolve(rootPackage.replace('.', '/')))
        .value("module", module).value("interfaces", interfaces).value("release", release)
        // the generator's version and every execution's configuration: a changed option changes the generated API
        .value("generator", generator == null ? null : generator.getVersion() + generator.getExecutions().stream()
            .map(execution -> execution.getId() + execution.getConfiguration()).toList());
  }

  @Override
  void run(PrintStream out) throws MojoExecutionException {
    InterfaceRole role = InterfaceRole.named(interfaces);
    List<Path> generated = new BaselineGeneration(session, plugins, getLog())
        .generate(specs.toPath().toAbsolutePath().normalize(), baseline.toPath(), baselineSources.toPath());
    BaselineCompiler.compile(generated, classpath(), baselineClasses.toPath(), release);
    new GeneratedApiGate(out, module).check(role, rootPackage, baselineClasses.toPath(), classes(), baseline.toPath(),
        specs.toPath(), changelog.toPath());
  }

  private Path classes() {
    return Path.of(project().getBuild().getOutputDirectory());
  }

  private List<String> classpath() throws MojoExecutionException {
    try {
      return project().getCompileClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile classpath is not resolved", e);
    }
  }
}
