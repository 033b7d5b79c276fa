package io.itwincontracts.validator.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.validator.ContractValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageMatrixTest {
  private static final ContractValidator SPEC = ContractValidator.bundled();
  private static final Path FILES = Path.of("src/test/resources/coverage");

  private static CoverageMatrix.Cell cell(CoverageMatrix matrix, String operationId, String status) {
    return matrix.rows().stream().filter(r -> r.operation().operationId().equals(operationId)).findFirst()
        .orElseThrow().cells().stream().filter(c -> c.status().equals(status)).findFirst().orElseThrow();
  }

  @Test
  void mergesFilesOfSeveralClassesAddingUpTheSameKindOfExchange() throws Exception {
    ApiCoverage merged = ApiCoverage.read(List.of(FILES.resolve("class-a.json"), FILES.resolve("class-b.json")));

    assertThat(merged.exchanges()).isEqualTo(3 + 1 + 2 + 2 + 2 + 1 + 1);
    assertThat(merged.entries()).contains(new CoverageEntry("sandbox", "createSystem", 201, null, false, null, 5));
  }

  @Test
  void setsEachListedStatusAgainstWhatReachedIt() throws Exception {
    CoverageMatrix matrix = ApiCoverage.read(List.of(FILES.resolve("class-a.json"), FILES.resolve("class-b.json")))
        .matrix(SPEC);

    assertThat(cell(matrix, "createSystem", "201").state()).isEqualTo(CoverageMatrix.State.EXERCISED);
    assertThat(cell(matrix, "createSystem", "201").outcomes()).isEqualTo(Map.of("returned", 2L));
    assertThat(cell(matrix, "createSystem", "409").codes())
        .containsExactly(new CoverageMatrix.Code("SystemExists", CoverageMatrix.State.EXERCISED, 1));
    assertThat(cell(matrix, "createSystem", "403").state()).isEqualTo(CoverageMatrix.State.NEVER);
    assertThat(cell(matrix, "listSystems", "429").state()).as("a fault's 429 only").isEqualTo(CoverageMatrix.State.FAULT_ONLY);
    assertThat(matrix.exercisedStatuses()).isEqualTo(2 + 1 + 1);
    assertThat(matrix.faultOnlyStatuses()).isEqualTo(1);
    assertThat(matrix.listedStatuses()).isEqualTo(SPEC.operations().stream().mapToLong(o -> o.statuses().size()).sum());
  }

  @Test
  void listsWhatWasNeverReachedAndWhatTheSpecDoesNotList() throws Exception {
    CoverageMatrix matrix = ApiCoverage.read(List.of(FILES)).matrix(SPEC);

    assertThat(matrix.missing().get("createRepositoryResource")).contains("201", "404 iTwinRepositoryNotFound")
        .doesNotContain("404", "404 iTwinNotFound");
    assertThat(matrix.rows().stream().filter(r -> r.operation().operationId().equals("listSystems")).findFirst()
        .orElseThrow().unlisted()).isEqualTo(Map.of(500, 1L));
    assertThat(matrix.summary()).contains("API coverage: 4 of " + matrix.listedStatuses() + " statuses")
        .contains("unlisted: {500=1}");
  }

  @Test
  void theHtmlPageHoldsTheMatrixAndTheMissingList() throws Exception {
    String html = ApiCoverage.read(List.of(FILES)).matrix(SPEC).html();

    assertThat(html).contains("<table id=\"matrix\"", "class=\"FAULT_ONLY\" data-status=\"429\"",
        "<span class=\"code NEVER\">iTwinRepositoryNotFound</span>", "<ul id=\"missing\">");
  }

  @Test
  void recordedErrorCodesThatAreNotCodesAreNotWrittenAsTheyCame(@TempDir Path directory) throws Exception {
    CoverageRecorder recorder = new CoverageRecorder("proxy");
    recorder.record("createSystem", 401, "Bearer eyJhbGciOiJIUzI1NiJ9 secret", false, null);
    recorder.record("createSystem", 401, "HeaderNotFound", false, null);
    recorder.snapshot().write(directory.resolve("proxy.json"));

    String written = Files.readString(directory.resolve("proxy.json"));
    assertThat(written).doesNotContain("eyJhbGciOiJIUzI1NiJ9", "secret").contains(CoverageRecorder.OTHER_CODE)
        .contains("HeaderNotFound");
    assertThat(ApiCoverage.read(List.of(directory)).exchanges()).isEqualTo(2);
  }

  @Test
  void aFileThatIsNotCoverageIsNamedWithItsLine(@TempDir Path directory) throws Exception {
    Path truncated = Files.copy(FILES.resolve("truncated.json.txt"), directory.resolve("class-c.json"));

    assertThatThrownBy(() -> ApiCoverage.read(List.of(directory))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(truncated.toString()).hasMessageContaining("line 4: not JSON");
    Files.writeString(truncated, "{\"entries\": []}");
    assertThatThrownBy(() -> ApiCoverage.read(List.of(directory))).hasMessageContaining("not a coverage file");
  }
}
