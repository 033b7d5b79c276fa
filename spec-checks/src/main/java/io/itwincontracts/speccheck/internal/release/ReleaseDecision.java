package io.itwincontracts.speccheck.internal.release;

import io.itwincontracts.speccheck.SpecVersion;
import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.speccheck.ContractDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether one spec file may replace its baseline. A spec with changes a client can see (any ERROR, WARN or INFO finding,
 * including those that come from a shared file it references) must raise {@code info.version}, and its major part if
 * one finding is an ERROR. A spec without such changes (identical, or only its layout or comments differ) needs no new
 * version. A version lower than the released one is always refused. Files without operations ({@code common.yaml}) are
 * judged through the specs that reference them.
 *
 * @param line what the release does with this file, for the build output
 * @param refusals why it may not be released; empty if it may
 * @param copies whether its text differs from the baseline's (it is copied if the whole release is accepted)
 */
public record ReleaseDecision(String line, List<String> refusals, boolean copies) {

  public static ReleaseDecision judge(Path spec, Path released, CompatibilityPolicy policy) {
    String name = spec.getFileName().toString();
    if (!Files.exists(released)) {
      return new ReleaseDecision(name + ": first release, at " + SpecVersion.of(spec), List.of(), true);
    }
    boolean textChanged = !sameBytes(spec, released);
    SpecVersion from = SpecVersion.of(released);
    SpecVersion to = SpecVersion.of(spec);
    List<String> refusals = new ArrayList<>();
    if (to.compareTo(from) < 0) {
      refusals.add(name + ": info.version " + to + " is lower than the released " + from);
    }
    ContractDiff diff = ContractDiff.compare(released, spec, policy);
    if (diff.hasOperations() && !diff.changes().isEmpty()) {
      if (to.compareTo(from) <= 0) {
        refusals.add(name + ": " + diff.changes().size() + " change(s) against the released " + from
            + " but info.version does not increase: raise it (" + (diff.breakingChanges().isEmpty()
            ? "the minor or patch part" : "to " + from.nextMajor()) + ")");
      }
      if (diff.blocksRelease()) {
        diff.breakingChanges().forEach(change -> refusals.add(change.toString()));
        refusals.add(diff.verdict());
      }
    }
    String what = !textChanged && diff.changes().isEmpty() ? "unchanged at " + from
        : from.equals(to) ? "changed, still " + to : from + " → " + to;
    return new ReleaseDecision(name + ": " + what + (refusals.isEmpty() ? "" : " (refused)"), refusals, textChanged);
  }

  private static boolean sameBytes(Path a, Path b) {
    try {
      return Files.mismatch(a, b) == -1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compare " + a + " with " + b, e);
    }
  }
}
