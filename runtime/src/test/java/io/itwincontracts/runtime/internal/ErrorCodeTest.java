package io.itwincontracts.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCodeTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "{\"error\":{\"code\":\"SystemExists\",\"message\":\"m\"}}                         | SystemExists",
      "{\"error\":{\"message\":\"m\",\"details\":[{\"code\":\"InvalidValue\"}],\"code\":\"X\"}} | X",
      "{\"other\":{\"code\":\"No\"},\"error\":{\"code\":\"Yes\"}}                         | Yes",
      "{\"error\":{\"code\":\"CutAfterTheCode\",\"message\":\"a message cut sho           | CutAfterTheCode",
      "{\"error\":{\"message\":\"cut before the co                                       | -",
      "{\"code\":\"NotUnderError\"}                                                       | -",
      "<html>not json</html>                                                              | -",
      "{\"error\":{\"code\":42}}                                                          | -",
  })
  void readsTheCodeOfAnErrorBody(String body, String code) {
    byte[] bytes = body.strip().getBytes(StandardCharsets.UTF_8);

    assertThat(ErrorCode.of(bytes, bytes.length)).isEqualTo(code);
  }
}
