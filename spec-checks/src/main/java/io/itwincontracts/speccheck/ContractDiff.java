package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.internal.diff.ChangeClassifier;
import io.itwincontracts.speccheck.SpecVersion;
import io.itwincontracts.speccheck.internal.changelog.ChangelogSection;
import io.itwincontracts.speccheck.internal.changelog.Finding;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.HtmlRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.openapitools.openapidiff.core.output.Render;

/**
 * The classified differences between a released spec and its edit: the one place that decides what breaks, so the
 * build gate and {@code itwin-contracts diff} cannot disagree.
 *
 * <p>openapi-diff-core compares the two specs (following their relative {@code $ref}s, so {@code common.yaml}
 * counts) and flags most incompatibilities; {@link ChangeClassifier} itemises them and adds what it misses. A
 * breaking change is allowed when the edit raises the major part of {@code info.version}.
 */
public final class ContractDiff {
  private final String api;
  private final ChangedOpenApi diff;
  private final List<SpecChange> changes;

  private ContractDiff(String api, ChangedOpenApi diff, CompatibilityPolicy policy) {
    this.api = api;
    this.diff = diff;
    this.changes = new ChangeClassifier(api, policy).classify(diff);
  }

  /**
   * Compares two spec files under the default, {@link CompatibilityPolicy#STRICT}, policy.
   *
   * @throws UnreadableSpecException if either file is missing or is not an OpenAPI document
   */
  public static ContractDiff compare(Path released, Path edited) {
    return compare(released, edited, CompatibilityPolicy.STRICT);
  }

  /**
   * Compares two spec files.
   *
   * @throws UnreadableSpecException if either file is missing or is not an OpenAPI document
   */
  public static ContractDiff compare(Path released, Path edited, CompatibilityPolicy policy) {
    String name = edited.getFileName().toString();
    String api = name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    requireFile(released);
    requireFile(edited);
    try {
      return new ContractDiff(api, OpenApiCompare.fromLocations(
          released.toAbsolutePath().toUri().toString(), edited.toAbsolutePath().toUri().toString()), policy);
    } catch (RuntimeException e) {
      throw new UnreadableSpecException(released + " or " + edited + ": " + e.getMessage(), e);
    }
  }

  private static void requireFile(Path spec) {
    if (!Files.isRegularFile(spec)) {
      throw new UnreadableSpecException(spec + ": no such file", null);
    }
  }

  /** The spec's file name without {@code .yaml}. */
  public String api() {
    return api;
  }

  /** Every difference, errors first, then warnings, then the rest. */
  public List<SpecChange> changes() {
    return changes;
  }

  public List<SpecChange> breakingChanges() {
    return changes.stream().filter(SpecChange::breaking).toList();
  }

  /** Whether either version has an operation: {@code common.yaml} has none and is compared through its users. */
  public boolean hasOperations() {
    return hasPaths(diff.getOldSpecOpenApi()) || hasPaths(diff.getNewSpecOpenApi());
  }

  private static boolean hasPaths(OpenAPI spec) {
    return spec.getPaths() != null && !spec.getPaths().isEmpty();
  }

  /** Whether the edit raises the major part of {@code info.version}, which makes breaking changes allowed. */
  public boolean majorVersionRaised() {
    return new SpecVersion(newVersion()).major() > new SpecVersion(oldVersion()).major();
  }

  /** Whether this edit must not be released as it is: it breaks clients and keeps the major version. */
  public boolean blocksRelease() {
    return !breakingChanges().isEmpty() && !majorVersionRaised();
  }

  /** One line that sums the diff up and, for a blocked change, says how to release it. */
  public String verdict() {
    long breaking = breakingChanges().size();
    long compatible = changes.size() - breaking;
    if (changes.isEmpty()) {
      return api + ": no differences from the released " + oldVersion();
    }
    if (breaking == 0) {
      return api + ": " + compatible + " compatible change(s), none breaking";
    }
    if (majorVersionRaised()) {
      return api + ": " + breaking + " breaking change(s), allowed: info.version goes from " + oldVersion() + " to "
          + newVersion();
    }
    return api + ": " + breaking + " breaking change(s) for clients of " + oldVersion()
        + ". Undo them, or release a new major version: raise info.version to " + nextMajor()
        + " and release the baseline (see README, Change a spec)";
  }

  private String nextMajor() {
    return new SpecVersion(oldVersion()).nextMajor();
  }

  /** The released spec's {@code info.version}. */
  public String oldVersion() {
    return String.valueOf(diff.getOldSpecOpenApi().getInfo().getVersion());
  }

  /** The edited spec's {@code info.version}. */
  public String newVersion() {
    return String.valueOf(diff.getNewSpecOpenApi().getInfo().getVersion());
  }

  /** This diff as the wire section of the API's changelog, with openapi-diff's Markdown report after the findings. */
  public ChangelogSection changelogSection() {
    List<Finding> findings = changes.stream()
        .map(change -> new Finding(change.level(), change.where(), change.reason(), change.rule().id())).toList();
    return new ChangelogSection("1-wire", "Wire contract: " + oldVersion() + " → " + newVersion(), verdict(), findings,
        "### openapi-diff report\n\n" + render(new MarkdownRender()), openApiDiffReportName());
  }

  /** The file name of openapi-diff's HTML report next to the changelog, which the section links to. */
  public String openApiDiffReportName() {
    return api + ".openapi-diff.html";
  }

  /** openapi-diff's HTML report. */
  public String openApiDiffHtml() {
    return render(new HtmlRender(api + " " + oldVersion() + " → " + newVersion(), ""));
  }

  private String render(Render renderer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      renderer.render(diff, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
