package io.itwincontracts.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Generates the released baseline exactly as the module generates its contract: each {@code generate} execution of the
 * module's openapi-generator-maven-plugin whose {@code inputSpec} lies in the contract's directory runs once more,
 * with the same configuration, on the baseline's file of the same name, into a directory of its own, not added to the
 * module's sources. One definition per spec serves both, so a generator option can never differ between them.
 */
final class BaselineGeneration {
  static final String GENERATOR = "org.openapitools:openapi-generator-maven-plugin";

  private final MavenSession session;
  private final BuildPluginManager plugins;
  private final Log log;

  BaselineGeneration(MavenSession session, BuildPluginManager plugins, Log log) {
    this.session = session;
    this.plugins = plugins;
    this.log = log;
  }

  /**
   * Generates from {@code baseline} what the module generates from {@code specs}, each execution into
   * {@code sources/<execution id>}; a spec without a released file is skipped.
   *
   * @return the output directory of each execution that ran
   */
  List<Path> generate(Path specs, Path baseline, Path sources) throws MojoExecutionException {
    MavenProject project = session.getCurrentProject();
    Plugin generator = project.getPlugin(GENERATOR);
    if (generator == null) {
      throw new MojoExecutionException("java-api generates the baseline with the module's own executions of "
          + GENERATOR + ", and " + project.getArtifactId() + " has none");
    }
    MojoDescriptor generate = descriptor(generator, project);
    List<Path> outputs = new ArrayList<>();
    for (PluginExecution execution : generator.getExecutions()) {
      Xpp3Dom configuration = (Xpp3Dom) execution.getConfiguration();
      Xpp3Dom inputSpec = configuration == null ? null : configuration.getChild("inputSpec");
      if (!execution.getGoals().contains("generate") || inputSpec == null) {
        continue;
      }
      Path spec = project.getBasedir().toPath().resolve(inputSpec.getValue().strip()).normalize();
      if (!spec.startsWith(specs)) {
        log.debug("java-api: " + execution.getId() + " does not generate from " + specs);
        continue;
      }
      Path released = baseline.resolve(specs.relativize(spec).toString());
      if (!Files.isRegularFile(released)) {
        log.info("baseline " + execution.getId() + ": no released " + released.getFileName() + ", nothing to compare");
        continue;
      }
      Path output = sources.resolve(execution.getId());
      // regenerated in full: a schema the baseline dropped must not survive as a stale file
      Directories.empty(output);
      Xpp3Dom baselineConfiguration = new Xpp3Dom(configuration);
      set(baselineConfiguration, "inputSpec", released.toString());
      set(baselineConfiguration, "output", output.toString());
      set(baselineConfiguration, "addCompileSourceRoot", "false");
      set(baselineConfiguration, "addTestCompileSourceRoot", "false");
      // the module's own up-to-date check says nothing of the baseline, whose output was just emptied
      set(baselineConfiguration, "skip", "false");
      set(baselineConfiguration, "skipIfSpecIsUnchanged", "false");
      MojoExecution run = new MojoExecution(generate, "baseline-" + execution.getId(), MojoExecution.Source.LIFECYCLE);
      run.setConfiguration(withDefaults(baselineConfiguration, generate));
      log.info("baseline " + execution.getId() + ": generating from " + released);
      try {
        plugins.executeMojo(session, run);
      } catch (Exception e) {
        throw new MojoExecutionException("cannot generate the baseline of " + execution.getId() + ": " + e.getMessage(),
            e);
      }
      outputs.add(output);
    }
    return outputs;
  }

  private MojoDescriptor descriptor(Plugin generator, MavenProject project) throws MojoExecutionException {
    try {
      return plugins.getMojoDescriptor(generator, "generate", project.getRemotePluginRepositories(),
          session.getRepositorySession());
    } catch (Exception e) {
      throw new MojoExecutionException("cannot load " + GENERATOR + ": " + e.getMessage(), e);
    }
  }

  private static void set(Xpp3Dom configuration, String name, String value) {
    Xpp3Dom child = configuration.getChild(name);
    if (child == null) {
      child = new Xpp3Dom(name);
      configuration.addChild(child);
    }
    child.setValue(value);
  }

  // What Maven does to an execution's configuration before it runs it from the POM: every parameter the goal declares,
  // configured or else its default, so that e.g. ${project} reaches the generator.
  private static Xpp3Dom withDefaults(Xpp3Dom configured, MojoDescriptor goal) {
    Xpp3Dom defaults = toDom(goal.getMojoConfiguration());
    Xpp3Dom complete = new Xpp3Dom("configuration");
    for (Parameter parameter : goal.getParameters()) {
      Xpp3Dom value = configured.getChild(parameter.getName());
      if (value == null && parameter.getAlias() != null) {
        value = configured.getChild(parameter.getAlias());
      }
      Xpp3Dom merged = Xpp3Dom.mergeXpp3Dom(value, defaults.getChild(parameter.getName()), Boolean.TRUE);
      if (merged != null) {
        Xpp3Dom named = new Xpp3Dom(merged, parameter.getName());
        if (named.getAttribute("implementation") == null && parameter.getImplementation() != null) {
          named.setAttribute("implementation", parameter.getImplementation());
        }
        complete.addChild(named);
      }
    }
    return complete;
  }

  private static Xpp3Dom toDom(PlexusConfiguration configuration) {
    Xpp3Dom dom = new Xpp3Dom(configuration.getName());
    dom.setValue(configuration.getValue(null));
    for (String attribute : configuration.getAttributeNames()) {
      dom.setAttribute(attribute, configuration.getAttribute(attribute, null));
    }
    for (PlexusConfiguration child : configuration.getChildren()) {
      dom.addChild(toDom(child));
    }
    return dom;
  }
}
