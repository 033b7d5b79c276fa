package io.itwincontracts.speccheck.internal.changelog;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.code;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.style;
import static j2html.TagCreator.table;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;

import io.itwincontracts.speccheck.Rule;
import j2html.tags.DomContent;
import java.util.List;
import java.util.Locale;

/** An API's changelog as a standalone HTML page: per section its classification and a table of every finding. */
final class HtmlPage {
  private static final String CSS = "body{font:14px system-ui,sans-serif;margin:2em;max-width:80em}"
      + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;"
      + "vertical-align:top}th{background:#eee}code{font-size:13px}.error{background:#fdd}.warn{background:#ffe9b3}"
      + ".info{background:#e6f4e6}.level{font-weight:bold;white-space:nowrap}";

  private HtmlPage() {}

  static String render(String api, List<ChangelogSection> sections) {
    return "<!DOCTYPE html>\n" + html(
        head(meta().withCharset("utf-8"), title(api + ": changelog"), style(CSS)),
        body(
            h1(api + ": changelog"),
            p(text("Levels follow "), a("Bentley's API lifecycle rules").withHref(Rule.BENTLEY_LIFECYCLE),
                text(" and the project's (docs/contract-changes.md). ERROR blocks the build unless the major version"
                    + " is raised.")),
            each(sections, HtmlPage::section))).render();
  }

  private static DomContent section(ChangelogSection section) {
    return each(
        h2(section.heading()),
        p(strong(section.classification()), text(": " + section.verdict())),
        section.findings().isEmpty() ? p("No findings.") : table(
            tr(th("level"), th("where"), th("what changed"), th("rule")),
            each(section.findings(), finding -> tr(
                td(finding.level().name()).withClasses("level", finding.level().name().toLowerCase(Locale.ROOT)),
                td(code(finding.where())), td(finding.what()), td(code(finding.rule()))))),
        iff(!section.link().isEmpty(), p(a("openapi-diff's full report").withHref(section.link()))));
  }
}
