package io.itwincontracts.speccheck.internal.changelog;

import io.itwincontracts.speccheck.Level;
import java.util.List;

/**
 * One part of an API's changelog, written by the check that found it: the wire changes (the openapi module), or the
 * generated Java API of the client or of the server stubs.
 *
 * @param key orders the sections on the page and names its files, e.g. {@code 1-wire}, {@code 2-client}
 * @param heading the section's title
 * @param verdict the check's one-line verdict, e.g. whether the release is blocked
 * @param findings every finding, errors first
 * @param details Markdown appended after the findings (openapi-diff's own report), or empty
 * @param link a file next to the page with more detail (openapi-diff's HTML report), or empty
 */
public record ChangelogSection(String key, String heading, String verdict, List<Finding> findings, String details,
    String link) {

  /** How many findings have {@code level}. */
  public long count(Level level) {
    return findings.stream().filter(finding -> finding.level() == level).count();
  }

  /** {@code 1 ERROR, 0 WARN, 3 INFO}. */
  public String classification() {
    return count(Level.ERROR) + " ERROR, " + count(Level.WARN) + " WARN, " + count(Level.INFO) + " INFO";
  }
}
