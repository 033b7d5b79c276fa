package io.itwincontracts.maven;

import io.itwincontracts.spec.JsonTwins;
import io.itwincontracts.spec.SpecException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the JSON twin of every spec of the contract into the build's classes ({@code openapi/edfs.json} beside
 * {@code openapi/edfs.yaml}): the same tree, which the library's spec reader prefers for a spec on the classpath
 * because a fresh JVM reads it in about two thirds of the time the YAML takes. A twin already up to date is left
 * alone, date included. The YAML stays the source: every location and message names it.
 */
@Mojo(name = "json-twins", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class JsonTwinsMojo extends AbstractMojo {
  /** The contract: every {@code *.yaml} file directly in this directory gets a twin. */
  @Parameter(property = "contracts.specs", defaultValue = "${project.basedir}/src/main/resources/openapi",
      required = true)
  private File specs;

  /** Where the twins go: where the specs' resources are copied, so that they are packed beside them. */
  @Parameter(defaultValue = "${project.build.outputDirectory}/openapi", required = true)
  private File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      List<Path> written = JsonTwins.write(specs.toPath(), outputDirectory.toPath());
      getLog().info(written.isEmpty() ? "JSON twins up to date" : "JSON twins written: " + written.size());
    } catch (SpecException unreadable) {
      throw new MojoFailureException(unreadable.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("JSON twins of " + specs + ": " + e.getMessage(), e);
    }
  }
}
