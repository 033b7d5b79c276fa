package io.itwincontracts.maven;

import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.speccheck.SpecChecks;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a contract before it is packaged, in three stages, each run only on a contract that passed the one before:
 * every spec parses and every {@code $ref} resolves; the lint rules hold (each violation names the file and the JSON
 * pointer); and no change against the released baseline breaks its clients unless the spec raises the major part of
 * {@code info.version}. Writes each API's changelog. Fails the build with one line per problem.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class CheckMojo extends StampedGoal {
  /** Where each API's changelog pages go: an HTML and a Markdown page per spec, named after it. */
  @Parameter(property = "contracts.changelog", defaultValue = "${project.build.directory}/changelog", required = true)
  private File changelog;

  /**
   * How a field added to a response schema with {@code additionalProperties: false} counts: {@code strict} (an
   * error: strict clients of a closed schema reject it) or {@code bentley} (a warning, as Bentley's lifecycle page
   * calls new response fields compatible).
   */
  @Parameter(property = "contracts.compatibility.policy", defaultValue = "strict", required = true)
  private String policy;

  /** Skips the checks (to measure a build without them, never to ship). */
  @Parameter(property = "contracts.checks.skip", defaultValue = "false")
  private boolean skip;

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
    stamp.tree("specs", specs.toPath()).tree("baseline", baseline.toPath()).value("policy", policy);
  }

  @Override
  void run(PrintStream out) {
    SpecChecks.run(specs.toPath(), baseline.toPath(), changelog.toPath(), CompatibilityPolicy.named(policy), out);
  }
}
