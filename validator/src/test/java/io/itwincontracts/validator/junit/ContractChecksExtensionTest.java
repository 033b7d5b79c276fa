package io.itwincontracts.validator.junit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.Target;
import io.itwincontracts.validator.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After a test, the extension fails it with every report collected during it, then starts empty. */
class ContractChecksExtensionTest {
  private final ContractChecksExtension checks = new ContractChecksExtension();

  @Test
  void aTestThatSawReportsFailsListingEachAndTheNextStartsEmpty() {
    checks.accept(new ContractReport("client GET /edfs/itwins/x/systems", Target.response("listSystems", "429"),
        List.of(new Violation("", Violation.HEADER, "required header retry-after is missing"))));
    checks.accept(new ContractReport("server POST /edfs/itwins/x/systems -> 201", Target.response("createSystem", "201"),
        List.of(new Violation("/colour", "additionalProperties", "property 'colour' is not defined"))));

    assertThatThrownBy(() -> checks.afterEach(null)).isInstanceOf(AssertionError.class)
        .hasMessage("2 message(s) broke the contract during the test:\n"
            + "  client GET /edfs/itwins/x/systems: listSystems response 429: (root): required header retry-after is missing\n"
            + "  server POST /edfs/itwins/x/systems -> 201: createSystem response 201: /colour: property 'colour' is not defined");
    assertThatCode(() -> checks.afterEach(null)).doesNotThrowAnyException();
  }
}
