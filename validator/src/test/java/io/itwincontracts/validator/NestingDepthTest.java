package io.itwincontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Well-formed JSON is validated as deep as the client and the sandbox parse it (1,000 levels, the products' one
 * limit); deeper JSON is one violation that names the limit, not "malformed JSON".
 */
class NestingDepthTest {
  private final ContractValidator validator = ContractValidator.bundled();

  @Test
  void jsonNestedAThousandLevelsIsValidated() {
    assertThat(validator.validate(Target.component("ErrorResponse"), errorNested(1000)))
        .containsExactly(new Violation("/error/code", "type", "integer found, string expected"));
  }

  @Test
  void jsonOneLevelDeeperIsOneViolationThatNamesTheLimit() {
    String json = errorNested(1001);
    Violation beyond = new Violation("", Violation.LIMIT,
        "JSON beyond the parser's limit: Document nesting depth (1001) exceeds the maximum allowed (1000)");

    assertThat(validator.validate(Target.component("ErrorResponse"), json)).containsExactly(beyond);
    assertThat(validator.validate(Target.component("ErrorResponse"),
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).containsExactly(beyond);
  }

  /**
   * An error response {@code depth} levels deep: the Error (level 2) has a wrong {@code code} and, in an extra
   * property its open schema allows, arrays nested down to level {@code depth}.
   */
  private static String errorNested(int depth) {
    int arrays = depth - 2;
    return "{\"error\":{\"code\":7,\"message\":\"m\",\"context\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}}";
  }
}
