package io.itwincontracts.speccheck;

import io.itwincontracts.speccheck.Level;
import io.itwincontracts.speccheck.Rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.itwincontracts.speccheck.internal.changelog.ChangelogSection;
import io.itwincontracts.speccheck.internal.changelog.Finding;
import io.itwincontracts.testkit.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractDiffTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      removed-operation                 | createWidget (POST /widgets): operation removed                                        | bentley:method-changed
      removed-path                      | deleteWidget (DELETE /widgets/{id}): path removed                                      | bentley:uri-changed
      removed-status                    | listWidgets (GET /widgets) response 404: status removed                                | project:response-part-removed
      removed-response-property         | createWidget (POST /widgets) response 201 /colour: property removed from a response    | bentley:response-field-changed
      new-required-request-property     | createWidget (POST /widgets) request body /owner: new required property                | bentley:required-request-parameter
      narrower-type                     | createWidget (POST /widgets) request body /weight: type changed from number to integer | project:values-changed
      narrower-enum                     | createWidget (POST /widgets) request body /colour: enum loses [green]                  | project:values-changed
      narrower-max-length               | createWidget (POST /widgets) request body /name: maxLength changed from 100 to 50      | project:values-changed
      property-added-to-closed-response | createWidget (POST /widgets) response 201 /createdAt: property added to a response whose schema has additionalProperties: false | project:closed-response-field
      """)
  void errorFixtureIsClassifiedErrorWithOperationLocationReasonAndRule(String fixture, String expected, String rule) {
    ContractDiff diff = compare("breaking/" + fixture);

    assertThat(diff.breakingChanges()).anySatisfy(change -> {
      assertThat(change.toString()).startsWith("ERROR " + fixture + " " + expected).endsWith("[" + rule + "]");
      assertThat(change.level()).isEqualTo(Level.ERROR);
    });
    assertThat(diff.blocksRelease()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      added-optional-request-property | INFO | createWidget (POST /widgets) request body /note: optional property added  | bentley:optional-request-parameter
      added-operation                 | INFO | getWidget (GET /widgets/{id}): operation added                             | bentley:new-endpoint
      added-status                    | WARN | createWidget (POST /widgets) response 409: status added                    | project:new-status
      wider-request-max-length        | INFO | createWidget (POST /widgets) request body /name: maxLength changed from 100 to 200 | project:values-changed
      wider-request-enum              | INFO | createWidget (POST /widgets) request body /colour: enum gains [blue]       | project:values-changed
      description-change              | INFO | createWidget (POST /widgets) request body: description changed            | project:documentation
      property-added-to-open-response | INFO | listWidgets (GET /widgets) response 200 /next: optional property added     | bentley:new-response-field
      """)
  void compatibleFixtureIsListedWithItsLevelAndRuleAndDoesNotBlockTheRelease(String fixture, Level level, String expected,
      String rule) {
    ContractDiff diff = compare("compatible/" + fixture);

    assertThat(diff.changes()).extracting(SpecChange::toString)
        .contains(level + " " + fixture + " " + expected + " [" + rule + "]");
    assertThat(diff.breakingChanges()).isEmpty();
    assertThat(diff.blocksRelease()).isFalse();
  }

  @Test
  void bentleyPolicyListsAFieldAddedToAClosedResponseAsAWarning() {
    ContractDiff diff = ContractDiff.compare(TestFiles.path("diff/baseline.yaml"),
        TestFiles.path("diff/breaking/property-added-to-closed-response.yaml"), CompatibilityPolicy.BENTLEY);

    assertThat(diff.changes()).extracting(SpecChange::level, SpecChange::rule)
        .contains(tuple(Level.WARN, Rule.CLOSED_RESPONSE_FIELD));
    assertThat(diff.blocksRelease()).isFalse();
  }

  @Test
  void unknownPolicyNameIsRejectedNamingTheAcceptedValues() {
    assertThatThrownBy(() -> CompatibilityPolicy.named("lenient"))
        .hasMessage("compatibility policy 'lenient': use strict or bentley");
  }

  @Test
  void breakingChangeIsAllowedWhenTheMajorVersionIsRaised() {
    ContractDiff diff = compare("major/removed-operation-major-raised");

    assertThat(diff.breakingChanges()).isNotEmpty();
    assertThat(diff.majorVersionRaised()).isTrue();
    assertThat(diff.blocksRelease()).isFalse();
  }

  @Test
  void breakingChangeStillBlocksWhenOnlyTheMinorVersionIsRaised() {
    assertThat(compare("major/removed-operation-minor-raised").blocksRelease()).isTrue();
  }

  @Test
  void specComparedWithItselfHasNoDifferences() {
    Path baseline = TestFiles.path("diff/baseline.yaml");

    assertThat(ContractDiff.compare(baseline, baseline).changes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"diff/not-a-spec.txt", "diff/no-such-file.yaml"})
  void unreadableSpecIsReportedWithItsFileName(String name) {
    Path file = TestFiles.path("diff").resolve(Path.of(name).getFileName());

    assertThatThrownBy(() -> ContractDiff.compare(TestFiles.path("diff/baseline.yaml"), file))
        .isInstanceOf(UnreadableSpecException.class)
        .hasMessageContaining(file.getFileName().toString());
  }

  @Test
  void changelogSectionCarriesTheClassificationEveryFindingAndOpenApiDiffsReport() {
    ChangelogSection section = compare("breaking/narrower-max-length").changelogSection();

    assertThat(section.classification()).isEqualTo("1 ERROR, 0 WARN, 0 INFO");
    assertThat(section.findings()).containsExactly(new Finding(Level.ERROR, "createWidget (POST /widgets) request body /name",
        "maxLength changed from 100 to 50: values valid before are rejected", "project:values-changed"));
    assertThat(section.details()).contains("openapi-diff report");
  }

  @Test
  void aResponseHeaderMadeRequiredIsCompatibleAndMadeOptionalIsBreaking() {
    Path optional = TestFiles.path("diff/headers/optional.yaml");
    Path required = TestFiles.path("diff/headers/required.yaml");

    ContractDiff promised = ContractDiff.compare(optional, required);
    assertThat(promised.changes()).extracting(SpecChange::toString)
        .containsExactly("INFO required listWidgets (GET /widgets) response 429 header retry-after: now required"
            + " [bentley:new-response-field]");
    assertThat(promised.blocksRelease()).isFalse();
    assertThat(ContractDiff.compare(required, optional).breakingChanges()).extracting(SpecChange::toString)
        .containsExactly("ERROR optional listWidgets (GET /widgets) response 429 header retry-after: now optional: "
            + "clients relying on it break [project:response-part-removed]");
  }

  @Test
  void aDefaultReplacedByTheStatusesListedIsAWarningForServersNotABreak() {
    ContractDiff diff = ContractDiff.compare(TestFiles.path("diff/catch-all/with-default.yaml"),
        TestFiles.path("diff/catch-all/listed.yaml"));

    assertThat(diff.changes()).extracting(SpecChange::toString).containsExactly(
        "WARN listed createWidget (POST /widgets) response default: removed: the statuses it covered are now only "
            + "those listed; clients meet fewer statuses, a server that sent another one no longer conforms "
            + "[project:catch-all-narrowed]",
        "INFO listed createWidget (POST /widgets) response 400: listed: the removed default covered it "
            + "[project:catch-all-narrowed]",
        "INFO listed createWidget (POST /widgets) response 415: listed: the removed default covered it "
            + "[project:catch-all-narrowed]");
    assertThat(diff.blocksRelease()).isFalse();
  }

  @Test
  void aChangeToEveryMediaTypeOfAResponseIsOneFindingAndToOneOfThemNamesIt() {
    Path before = TestFiles.path("diff/media-types/before.yaml");

    assertThat(ContractDiff.compare(before, TestFiles.path("diff/media-types/both-changed.yaml")).changes())
        .extracting(SpecChange::toString).containsExactly(
            "INFO both-changed listWidgets (GET /widgets) response 200 /next: optional property added "
                + "[bentley:new-response-field]");
    assertThat(ContractDiff.compare(before, TestFiles.path("diff/media-types/one-changed.yaml")).changes())
        .extracting(SpecChange::toString).containsExactly(
            "INFO one-changed listWidgets (GET /widgets) response 200 application/vnd.widgets.v1+json /next: "
                + "optional property added [bentley:new-response-field]");
  }

  private static ContractDiff compare(String fixture) {
    return ContractDiff.compare(TestFiles.path("diff/baseline.yaml"), TestFiles.path("diff/" + fixture + ".yaml"));
  }
}
