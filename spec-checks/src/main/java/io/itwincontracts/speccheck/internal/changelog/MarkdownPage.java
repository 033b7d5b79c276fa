package io.itwincontracts.speccheck.internal.changelog;

import io.itwincontracts.speccheck.Rule;
import java.util.List;

/** An API's changelog in Markdown: a title, the rule sources, then each section with its classification and findings. */
final class MarkdownPage {
  private MarkdownPage() {}

  static String render(String api, List<ChangelogSection> sections) {
    StringBuilder md = new StringBuilder("# " + api + ": changelog\n\n")
        .append("Levels follow Bentley's API lifecycle rules (").append(Rule.BENTLEY_LIFECYCLE)
        .append(") and the project's (docs/contract-changes.md). ERROR blocks the build unless the major version is raised.\n");
    for (ChangelogSection section : sections) {
      md.append("\n## ").append(section.heading()).append("\n\n")
          .append("**").append(section.classification()).append("**: ").append(section.verdict()).append("\n\n");
      if (section.findings().isEmpty()) {
        md.append("No findings.\n");
      }
      for (Finding finding : section.findings()) {
        md.append("- **").append(finding.level()).append("** `").append(finding.where()).append("`: ")
            .append(finding.what()).append(" _[").append(finding.rule()).append("]_\n");
      }
      if (!section.details().isEmpty()) {
        md.append("\n").append(section.details()).append("\n");
      }
    }
    return md.toString();
  }
}
