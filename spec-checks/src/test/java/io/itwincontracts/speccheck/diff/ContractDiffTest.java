package io.itwincontracts.speccheck.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractDiffTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      removed-operation                   | createWidget (POST /widgets): operation removed
      removed-path                        | deleteWidget (DELETE /widgets/{id}): path removed
      removed-status                      | listWidgets (GET /widgets) response 404: status removed
      removed-response-property           | createWidget (POST /widgets) response 201 /colour: property removed from a response
      new-required-request-property       | createWidget (POST /widgets) request body /owner: new required property
      narrower-type                       | createWidget (POST /widgets) request body /weight: type changed from number to integer
      narrower-enum                       | createWidget (POST /widgets) request body /colour: enum loses [green]
      narrower-max-length                 | createWidget (POST /widgets) request body /name: maxLength changed from 100 to 50
      property-added-to-closed-response   | createWidget (POST /widgets) response 201 /createdAt: property added to a response whose schema has additionalProperties: false
      """)
  void breakingFixtureIsClassifiedBreakingWithOperationLocationAndReason(String fixture, String expectedOperationLocationAndReason) {
    ContractDiff diff = compare("breaking/" + fixture);

    assertThat(diff.breakingChanges()).extracting(SpecChange::toString)
        .anySatisfy(line -> assertThat(line).startsWith("BREAKING " + fixture + " " + expectedOperationLocationAndReason));
    assertThat(diff.blocksRelease()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      added-optional-request-property     | createWidget (POST /widgets) request body /note: optional property added
      added-operation                     | getWidget (GET /widgets/{id}): operation added
      added-status                        | createWidget (POST /widgets) response 409: status added
      wider-request-max-length            | createWidget (POST /widgets) request body /name: maxLength changed from 100 to 200
      wider-request-enum                  | createWidget (POST /widgets) request body /colour: enum gains [blue]
      description-change                  | createWidget (POST /widgets) request body: description changed
      property-added-to-open-response     | listWidgets (GET /widgets) response 200 /next: optional property added
      """)
  void compatibleFixtureIsListedAndDoesNotBlockTheRelease(String fixture, String expectedOperationLocationAndReason) {
    ContractDiff diff = compare("compatible/" + fixture);

    assertThat(diff.changes()).extracting(SpecChange::toString).contains("compatible " + fixture + " " + expectedOperationLocationAndReason);
    assertThat(diff.breakingChanges()).isEmpty();
    assertThat(diff.blocksRelease()).isFalse();
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
  void changelogListsTheClassificationAndOpenApiDiffsReport() {
    ContractDiff diff = compare("breaking/narrower-max-length");

    assertThat(diff.markdown()).startsWith("# narrower-max-length: 1.0.0 → 1.0.0")
        .contains("- **breaking** `createWidget (POST /widgets)` request body /name: maxLength changed from 100 to 50")
        .contains("## openapi-diff report");
    assertThat(diff.html()).contains("<html").contains("/widgets");
  }

  @Test
  void aResponseHeaderMadeRequiredIsCompatibleAndMadeOptionalIsBreaking() {
    Path optional = TestFiles.path("diff/headers/optional.yaml");
    Path required = TestFiles.path("diff/headers/required.yaml");

    ContractDiff promised = ContractDiff.compare(optional, required);
    assertThat(promised.changes()).extracting(SpecChange::toString)
        .containsExactly("compatible required listWidgets (GET /widgets) response 429 header retry-after: now required");
    assertThat(promised.blocksRelease()).isFalse();
    assertThat(ContractDiff.compare(required, optional).breakingChanges()).extracting(SpecChange::toString)
        .containsExactly("BREAKING optional listWidgets (GET /widgets) response 429 header retry-after: now optional: "
            + "clients relying on it break");
  }

  private static ContractDiff compare(String fixture) {
    return ContractDiff.compare(TestFiles.path("diff/baseline.yaml"), TestFiles.path("diff/" + fixture + ".yaml"));
  }
}
