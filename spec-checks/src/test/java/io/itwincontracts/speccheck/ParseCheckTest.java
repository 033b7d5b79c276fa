package io.itwincontracts.speccheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.TestFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseCheckTest {

  @Test
  void brokenYamlIsReportedWithFileLineAndColumn() {
    List<String> problems = ParseCheck.problems(TestFiles.path("broken/syntax/edfs.yaml"));

    assertThat(problems).singleElement().asString()
        .startsWith("edfs.yaml: ")
        .contains("line 9, column");
  }

  @Test
  void danglingRefIsReportedWithFileAndPointerOfTheRef() {
    List<String> problems = ParseCheck.problems(TestFiles.path("broken/dangling-ref/edfs.yaml"));

    assertThat(problems).containsExactly(
        "edfs.yaml: /paths/~1itwins~1{iTwinId}~1systems/get/responses/401/$ref: "
            + "'./common.yaml#/components/responses/Unauthorised' points to nothing: "
            + "common.yaml has no /components/responses/Unauthorised");
  }

  @Test
  void refToMissingFileIsReportedWithFileAndPointerOfTheRef() {
    List<String> problems = ParseCheck.problems(TestFiles.path("broken/missing-file/edfs.yaml"));

    assertThat(problems).containsExactly(
        "edfs.yaml: /paths/~1itwins~1{iTwinId}~1systems/get/responses/429/$ref: "
            + "'./shared.yaml#/components/responses/TooManyRequests' points to a file that does not exist: "
            + "shared.yaml");
  }

  @Test
  void specWhoseRefsAllResolveHasNoProblem() {
    assertThat(ParseCheck.problems(TestFiles.path("gate/released/widgets.yaml"))).isEmpty();
  }
}
