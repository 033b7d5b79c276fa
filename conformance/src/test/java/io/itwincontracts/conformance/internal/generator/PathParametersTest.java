package io.itwincontracts.conformance.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathParametersTest {
  @Test
  void fillsATemplateEncodingPlainValuesAndKeepingEscapes() {
    PathParameters parameters = PathParameters.sandboxDefaults().with("uniqueName", "a b").with("iTwinId", "%2F");

    assertThat(parameters.path("/edfs/itwins/{iTwinId}/packages/{uniqueName}/roles"))
        .isEqualTo("/edfs/itwins/%2F/packages/a%20b/roles");
  }

  @Test
  void aMissingValueNamesTheParameterAndTheOption() {
    assertThatThrownBy(() -> PathParameters.sandboxDefaults().path("/x/{widgetId}"))
        .hasMessage("no value for the path parameter 'widgetId': give one with --param widgetId=VALUE");
  }
}
