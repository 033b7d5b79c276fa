package io.itwincontracts.maven;

import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.speccheck.ReleaseBaseline;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Releases the contract as the new baseline: every spec is judged against the released one it replaces. A spec with
 * changes must raise {@code info.version}, its major part for a breaking change; a lower version is refused; if one
 * spec is refused, nothing is copied. Otherwise every changed spec file is copied over the baseline (commit it with
 * the release). Releasing an unchanged contract succeeds and copies nothing.
 */
@Mojo(name = "release", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class ReleaseMojo extends StampedGoal {
  /** {@code strict} or {@code bentley}: how a field added to a closed response schema counts (see the check goal). */
  @Parameter(property = "contracts.compatibility.policy", defaultValue = "strict", required = true)
  private String policy;

  /** Skips the release. */
  @Parameter(property = "contracts.release.skip", defaultValue = "false")
  private boolean skip;

  @Override
  boolean skipped() {
    return skip;
  }

  @Override
  Path stampDirectory() {
    return Path.of(project().getBuild().getDirectory(), "itwin-contracts");
  }

  @Override
  void describeInputs(InputStamp stamp) {
    stamp.tree("specs", specs.toPath()).tree("baseline", baseline.toPath()).value("policy", policy);
  }

  @Override
  void run(PrintStream out) {
    new ReleaseBaseline(out, CompatibilityPolicy.named(policy)).release(specs.toPath(), baseline.toPath());
  }

  @Override
  boolean changesItsInputs() {
    return true;
  }
}
