package io.itwincontracts.speccheck.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecLintTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing-operation-id                   | missing-operation-id.yaml: /paths/~1widgets/post: operation has no operationId [operation-id]
      error-without-shared-schema            | error-without-shared-schema.yaml: /paths/~1widgets/post/responses/409/content/application~1json/schema: 409 body is not common.yaml's ErrorResponse or DetailedErrorResponse [shared-error-schema]
      too-many-requests-without-retry-after  | too-many-requests-without-retry-after.yaml: /paths/~1widgets/post/responses/429: 429 does not declare the retry-after header [retry-after]
      schema-without-additional-properties   | schema-without-additional-properties.yaml: /components/schemas/Widget/properties/tags/items: object schema does not state additionalProperties [additional-properties]
      status-without-example                 | status-without-example.yaml: /paths/~1widgets/post/responses/201/content/application~1json: 201 has no example [status-example]
      default-response                       | default-response.yaml: /paths/~1widgets/post/responses/default: a default response documents every status the operation does not list; list each status instead [no-default]
      error-code-not-listed                  | error-code-not-listed.yaml: /paths/~1widgets/post/responses/409/content/application~1json/example: 409 example carries WidgetTaken, which x-error-codes does not list [error-codes]
      media-types-disagree                   | media-types-disagree.yaml: /paths/~1widgets/post/responses/201/content/application~1vnd.widgets.v1+json: application/vnd.widgets.v1+json has another example than application/json [media-types-agree]
      """)
  void fixtureBreakingOneRuleGivesExactlyThatViolationWithFileAndPointer(String fixture, String expected) {
    assertThat(SpecLint.lint(TestFiles.path("lint/" + fixture + ".yaml"))).extracting(LintViolation::toString)
        .containsExactly(expected);
  }

  @Test
  void specFollowingEveryRuleHasNoViolation() {
    assertThat(SpecLint.lint(TestFiles.path("lint/clean.yaml"))).isEmpty();
  }

}
