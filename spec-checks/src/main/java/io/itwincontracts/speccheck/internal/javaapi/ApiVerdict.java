package io.itwincontracts.speccheck.internal.javaapi;

import io.itwincontracts.speccheck.JavaApiChange;
import io.itwincontracts.speccheck.SpecVersion;
import java.util.List;

/** Whether one API's generated Java changes may ship, and the line that says so. */
public record ApiVerdict(String module, String api, List<JavaApiChange> changes, SpecVersion released, SpecVersion edited) {

  long breaking() {
    return changes.stream().filter(JavaApiChange::breaking).count();
  }

  /** Breaking changes that keep the major version. */
  public boolean blocks() {
    return breaking() > 0 && edited.major() <= released.major();
  }

  public String line() {
    String who = module + " " + api;
    if (changes.isEmpty()) {
      return who + ": generated Java API unchanged since " + released;
    }
    if (breaking() == 0) {
      return who + ": " + changes.size() + " Java API change(s), none breaking";
    }
    if (!blocks()) {
      return who + ": " + breaking() + " breaking Java API change(s), allowed: info.version goes from " + released
          + " to " + edited;
    }
    return who + ": " + breaking() + " breaking Java API change(s) for code compiled against " + released
        + ". Undo them, or release a new major version: raise info.version to " + released.nextMajor();
  }
}
