package io.itwincontracts.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itwincontracts.validator.ContractValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording becomes the data it shows, resolved in order; a recording that is not one makes nothing. */
class RecordingSeedTest {
  private static final Path RECORDINGS = Path.of("src/test/resources/recordings");
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";

  private static JsonNode data(RecordingSeed seed) throws Exception {
    return new ObjectMapper().readTree(seed.dataFile());
  }

  @Test
  void takesTheEntitiesTheAnswersShowALaterAnswerWinningAnd404Removing() throws Exception {
    RecordingSeed seed = RecordingSeed.read(List.of(RECORDINGS.resolve("tenant.ndjson")));
    JsonNode data = data(seed);

    assertThat(data.get("iTwins")).as("the second iTwin's list answered 404 after its 200").hasSize(1);
    JsonNode iTwin = data.get("iTwins").get(0);
    assertThat(iTwin.get("id").asText()).isEqualTo(ITWIN);
    assertThat(iTwin.get("organizationId").asText()).as("from the systems' answer").isEqualTo("11111111-2222-4333-8444-555555555555");
    assertThat(iTwin.get("roles").get(0).get("name").asText()).isEqualTo("EDFS_integration");
    assertThat(iTwin.get("repositories").get(0).get("subClass").asText()).isEqualTo("WebMapService");
    assertThat(data.get("systems")).extracting(s -> s.get("name").asText()).containsExactly("Billing", "Плановая", "計画");
    assertThat(data.get("manifestConnections")).singleElement().satisfies(c -> {
      assertThat(c.get("authenticationType").asText()).isEqualTo("Service");
      assertThat(c.get("lastRunId").asText()).isEqualTo("de626d0d-1647-48d7-8c11-f1f74f2d4523");
    });
    assertThat(data.get("packages").get(0).get("roles").get(0).get("name").asText()).isEqualTo("Execute Integration Package");
    assertThat(seed.counts()).isEqualTo(new RecordingSeed.Counts(10, 1, 3, 1, 1, 2, 1));
    assertThat(seed.notHeld()).anyMatch(l -> l.startsWith("1 × a system's credentials"))
        .anyMatch(l -> l.startsWith("1 × a user and its permissions") && l.contains("tenant.ndjson line 9"))
        .anyMatch(l -> l.startsWith("1 × a resource created in a repository"));
    assertThat(seed.dataFile()).doesNotContain("REDACTED");
  }

  @Test
  void writesConformingBodiesAsExamplesAndReportsTheOneThatIsNotAsDrift(@TempDir Path directory) throws Exception {
    RecordingSeed seed = RecordingSeed.read(List.of(RECORDINGS.resolve("drift.ndjson")));

    List<String> drift = seed.writeExamples(directory, ContractValidator.bundled());

    assertThat(drift).singleElement().satisfies(line -> assertThat(line)
        .startsWith(RECORDINGS.resolve("drift.ndjson") + " line 2: createSystem response 201: ")
        .contains("/colour: property 'colour' is not defined in the schema"));
    assertThat(directory.resolve("listSystems/200-1.json")).exists();
    assertThat(directory.resolve("createSystem/request-1.json")).as("its request conformed").exists();
    assertThat(directory.resolve("createSystem/201-1.json")).as("its answer did not").doesNotExist();
    assertThat(seed.counts().systems()).as("the broken answer's system, without a name, is left out").isEqualTo(2);
    assertThat(seed.notHeld()).anyMatch(line -> line.contains("an entity in an answer of createSystem without the "
        + "systemName, systemId, systemType the sandbox needs (left out, not guessed)"));
  }

  @Test
  void aTruncatedRecordingIsAnErrorNamingItsLastLine(@TempDir Path directory) {
    Path truncated = RECORDINGS.resolve("truncated.ndjson");

    assertThatThrownBy(() -> RecordingSeed.read(List.of(RECORDINGS.resolve("tenant.ndjson"), truncated)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(truncated + " line 2: not JSON");
  }

  @Test
  void aFileThatIsNotNdjsonIsAnErrorNamingItsFirstLine() {
    Path csv = RECORDINGS.resolve("not-ndjson.ndjson");

    assertThatThrownBy(() -> RecordingSeed.read(List.of(csv))).hasMessageStartingWith(csv + " line 1: not JSON");
  }

  @Test
  void aJsonLineThatIsNotAnExchangeIsNamed(@TempDir Path directory) throws Exception {
    Path other = Files.writeString(directory.resolve("other.ndjson"), "{\"time\": \"2026-12-07T09:00:00Z\"}\n");

    assertThatThrownBy(() -> RecordingSeed.read(List.of(other))).hasMessageStartingWith(other + " line 1: not a recorded exchange");
  }
}
