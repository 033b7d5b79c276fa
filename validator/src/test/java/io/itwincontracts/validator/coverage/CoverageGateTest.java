package io.itwincontracts.validator.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.validator.ContractValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CoverageGateTest {
  private static final CoverageMatrix MATRIX = matrix();

  private static CoverageMatrix matrix() {
    try {
      return ApiCoverage.read(List.of(Path.of("src/test/resources/coverage"))).matrix(ContractValidator.bundled());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "minimum={0} perOperation={1} required=[{2}] -> {3} shortfalls")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "0    | 0    | -                                       | 0",
      "0.1  | 0    | -                                       | 1",
      "0    | 0.1  | -                                       | 4",
      "0    | 0    | createSystem:409                        | 0",
      "0    | 0    | createSystem:409:SystemExists           | 0",
      "0    | 0    | listSystems:429                         | 0",
      "0    | 0    | createSystem:403                        | 1",
      "0    | 0    | *:429                                   | 4",
      "0    | 0    | createRepositoryResource:404:iTwinNotFound | 0",
      "0    | 0    | createRepositoryResource:404:iTwinRepositoryNotFound | 1",
  })
  void countsShortfalls(double minimum, double perOperation, String required, int shortfalls) {
    CoverageGate gate = new CoverageGate(minimum, perOperation, required == null ? List.of() : List.of(required));

    assertThat(gate.shortfalls(MATRIX)).hasSize(shortfalls);
  }

  @Test
  void theFailureNamesTheShortfallAndEveryMissingStatus() {
    String failure = new CoverageGate(0.5, 0, List.of("createSystem:403")).failure(MATRIX).orElseThrow();

    assertThat(failure).startsWith("API coverage is below its gate:")
        .contains("statuses exercised: 4 of " + MATRIX.listedStatuses())
        .contains("the minimum is 50.0% (itwin.coverage.minimum)")
        .contains("required but never reached: createSystem 403")
        .contains("updateManifestConnection: 200, 401");
  }

  @Test
  void readsItsSettingsAndNamesABadOne() {
    Map<String, String> settings = Map.of(CoverageGate.MINIMUM, "0.6", CoverageGate.REQUIRED, " createSystem:409 ,*:429");
    assertThat(CoverageGate.fromSettings(name -> Optional.ofNullable(settings.get(name))))
        .contains(new CoverageGate(0.6, 0, List.of("createSystem:409", "*:429")));
    assertThat(CoverageGate.fromSettings(name -> Optional.empty())).isEmpty();
    assertThatThrownBy(() -> CoverageGate.fromSettings(name -> Optional.of(name.equals(CoverageGate.MINIMUM) ? "80%" : "")))
        .hasMessageContaining("itwin.coverage.minimum").hasMessageContaining("\"80%\"");
  }

  @Test
  void aRequiredStatusTheSpecDoesNotListIsAnError() {
    assertThatThrownBy(() -> new CoverageGate(0, 0, List.of("createSystem:418")).shortfalls(MATRIX))
        .hasMessageContaining("\"createSystem:418\" is not listed");
    assertThatThrownBy(() -> new CoverageGate(0, 0, List.of("createSystems:409")).shortfalls(MATRIX))
        .hasMessageContaining("names no operation");
  }
}
