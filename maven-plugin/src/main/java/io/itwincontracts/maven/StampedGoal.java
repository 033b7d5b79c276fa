package io.itwincontracts.maven;

import io.itwincontracts.speccheck.ContractRejected;
import io.itwincontracts.speccheck.UnreadableSpecException;
import java.io.File;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: skip on request, skip when the inputs are those of the last successful run
 * ({@link InputStamp}), print the checks' findings to the Maven log, and turn a rejected contract into a build failure
 * that lists every problem without a stack trace.
 */
abstract class StampedGoal extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /**
   * The contract: every {@code *.yaml} file directly in this directory is a spec; relative {@code $ref}s are
   * followed. For {@code java-api}, each {@code generate} execution whose {@code inputSpec} lies here is run again
   * on the baseline.
   */
  @Parameter(property = "contracts.specs", defaultValue = "${project.basedir}/src/main/resources/openapi",
      required = true)
  File specs;

  /**
   * The released contract: a file of the same name per spec (a spec without one is new and not compared). The
   * {@code release} goal replaces it file by file.
   */
  @Parameter(property = "contracts.baseline", defaultValue = "${project.basedir}/baseline", required = true)
  File baseline;

  /** Runs the goal even when its inputs have not changed since its last successful run. */
  @Parameter(property = "contracts.force", defaultValue = "false")
  private boolean force;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      getLog().info("skipped");
      return;
    }
    InputStamp stamp = new InputStamp(stampDirectory().resolve(
        execution.getGoal() + "-" + project.getArtifactId() + "-" + execution.getExecutionId() + ".sha256"));
    // the plugin's own code is an input: a changed check may judge the same files differently
    for (Artifact artifact : plugin.getArtifacts()) {
      if (artifact.isSnapshot()) {
        stamp.tree(artifact.getId(), artifact.getFile().toPath());
      } else {
        stamp.value(artifact.getId(), artifact.getVersion());
      }
    }
    describeInputs(stamp);
    String before = stamp.digest();
    if (!force && stamp.holds(before)) {
      getLog().info("inputs unchanged since the last successful run: skipped (" + stamp.file() + ")");
      return;
    }
    try (PrintStream out = LogStream.info(getLog())) {
      run(out);
    } catch (ContractRejected | UnreadableSpecException rejected) {
      throw new MojoFailureException(rejected.getMessage());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    stamp.record(changesItsInputs() ? stamp.digest() : before);
  }

  /** The project the goal runs in. */
  final MavenProject project() {
    return project;
  }

  /** Whether the goal was told to skip. */
  abstract boolean skipped();

  /** Where the goal keeps its stamp: beside what it writes, so that deleting the output runs it again. */
  abstract Path stampDirectory();

  /** Adds every file and parameter the goal reads. */
  abstract void describeInputs(InputStamp stamp);

  /** Runs the check, printing its findings to {@code out}. */
  abstract void run(PrintStream out) throws MojoExecutionException;

  /** Whether a successful run changes its own inputs (a release copies the specs over the baseline). */
  boolean changesItsInputs() {
    return false;
  }
}
