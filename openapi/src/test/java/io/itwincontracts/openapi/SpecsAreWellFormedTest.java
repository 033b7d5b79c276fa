package io.itwincontracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecsAreWellFormedTest {

  @ParameterizedTest
  @ValueSource(strings = {"common.yaml", "edfs.yaml", "synchronization.yaml", "itwins.yaml"})
  void bundledSpecParsesWithoutAnyMessage(String file) {
    assertThat(SpecCheck.problems(resource("openapi/" + file))).isEmpty();
  }

  @Test
  void brokenYamlIsReportedWithFileLineAndColumn() {
    List<String> problems = SpecCheck.problems(resource("broken/syntax/edfs.yaml"));

    assertThat(problems).singleElement().asString()
        .startsWith("edfs.yaml: ")
        .contains("line 9, column");
  }

  @Test
  void danglingRefIsReportedWithFileAndPointerOfTheRef() {
    List<String> problems = SpecCheck.problems(resource("broken/dangling-ref/edfs.yaml"));

    assertThat(problems).contains(
        "edfs.yaml: /paths/~1itwins~1{iTwinId}~1systems/get/responses/401/$ref: "
            + "'./common.yaml#/components/responses/Unauthorised' points to nothing: "
            + "common.yaml has no /components/responses/Unauthorised");
  }

  @Test
  void refToMissingFileIsReportedWithFileAndPointerOfTheRef() {
    List<String> problems = SpecCheck.problems(resource("broken/missing-file/edfs.yaml"));

    assertThat(problems).contains(
        "edfs.yaml: /paths/~1itwins~1{iTwinId}~1systems/get/responses/429/$ref: "
            + "'./shared.yaml#/components/responses/TooManyRequests' points to a file that does not exist: "
            + "shared.yaml");
  }

  private static Path resource(String name) {
    URL url = SpecsAreWellFormedTest.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new AssertionError("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
