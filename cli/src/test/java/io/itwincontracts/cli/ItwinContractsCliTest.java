package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

class ItwinContractsCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int runWithStdin(String stdin, String... args) {
    CliStreams streams = new CliStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), false);
    return ItwinContractsCli.execute(streams, args);
  }

  private int run(String... args) {
    return runWithStdin("", args);
  }

  private static String file(String name) {
    return TestFiles.path(name).toString();
  }

  @Test
  void validRequestExitsZeroWithSummary() {
    assertThat(run("validate", "--operation", "createSystem", "--request", file("payloads/create-system.json"))).isZero();
    assertThat(out.toString()).isEqualTo("1 valid, 0 invalid\n");
  }

  @Test
  void invalidRequestExitsOneWithALinePerViolation() {
    String payload = file("payloads/create-system-invalid.json");

    assertThat(run("validate", "--operation", "createSystem", "--request", payload)).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactly(
        payload + ": /credentials/Password: integer found, string expected",
        payload + ": /owner: property 'owner' is not defined in the schema and the schema does not allow additional properties",
        "0 valid, 1 invalid");
  }

  @Test
  void validatesAResponseByStatus() {
    assertThat(run("validate", "--operation", "listSystems", "--response", "200", file("payloads/list-systems-page.json"))).isZero();
    assertThat(out.toString()).isEqualTo("1 valid, 0 invalid\n");
  }

  @Test
  void readsStandardInputForDash() {
    assertThat(runWithStdin("{\"name\": 5}", "validate", "--schema", "SaveUserSystemCredentialDto", "-")).isEqualTo(1);
    assertThat(out.toString()).startsWith("<stdin>: /name: integer found, string expected\n");
  }

  @Test
  void reportsMalformedStandardInputWithLineAndColumn() {
    assertThat(runWithStdin("{\n\"name\": ", "validate", "--schema", "SaveUserSystemCredentialDto", "-")).isEqualTo(1);
    assertThat(out.toString()).startsWith("<stdin>: (root): malformed JSON at line 2, column");
  }

  @Test
  void validatesEveryJsonFileOfADirectory() {
    String directory = file("payloads/batch");

    assertThat(run("validate", "--operation", "createSystem", "--request", directory)).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactly(
        directory + "/3-invalid.json: /systemType: integer found, string expected", "2 valid, 1 invalid");
  }

  @Test
  void validatesEveryLineOfAnNdjsonFileNamingTheLine() {
    String ndjson = file("payloads/systems.ndjson");

    assertThat(run("validate", "--operation", "createSystem", "--request", "--ndjson", ndjson)).isEqualTo(1);
    assertThat(out.toString()).contains(ndjson + ":3: /colour: property 'colour' is not defined")
        .contains(ndjson + ":4: (root): malformed JSON at line 1, column 36: Unexpected end-of-input: expected close marker for Object\n")
        .endsWith("1 valid, 2 invalid\n");
  }

  @Test
  void validatesAgainstAnEditedSpec() {
    assertThat(runWithStdin("{\"name\": \"Development Sql Server\"}", "validate", "--spec", file("edited-spec/edfs.yaml"),
        "--operation", "createSystem", "--request", "-")).isEqualTo(1);
    assertThat(out.toString()).startsWith("<stdin>: /name: must be at most 10 characters long");
  }

  @Test
  void jsonFormatIsOneDocumentWithResultsAndCounts() throws Exception {
    assertThat(run("validate", "--format", "json", "--operation", "createSystem", "--request",
        file("payloads/create-system.json"), file("payloads/create-system-invalid.json"))).isEqualTo(1);

    JsonNode report = JsonMapper.builder().build().readTree(out.toString());
    assertThat(report.get("valid").asInt()).isEqualTo(1);
    assertThat(report.get("invalid").asInt()).isEqualTo(1);
    assertThat(report.get("results").get(1).get("violations").get(0).get("pointer").asText())
        .isEqualTo("/credentials/Password");
  }

  @Test
  void missingFileExitsTwoNamingItBeforeValidatingAnything() {
    assertThat(run("validate", "--operation", "createSystem", "--request", file("payloads/create-system.json"), "nope.json"))
        .isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("nope.json: no such file or directory");
  }

  @Test
  void unreadableSpecExitsTwoNamingTheFile() {
    assertThat(runWithStdin("{}", "validate", "--spec", file("broken-spec/edfs.yaml"), "--operation", "createSystem", "--request", "-"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("edfs.yaml: not valid YAML at line 9");
  }

  @Test
  void unknownOperationExitsTwoListingTheOperations() {
    assertThat(runWithStdin("{}", "validate", "--operation", "createSytem", "--request", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown operation 'createSytem'; the operations are: addPackageRoleAssignments");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --request --response 200 | --operation needs exactly one of --request or --response STATUS
      --schema X --request     | --schema excludes --operation, --request and --response
      ''                       | --operation needs exactly one of --request or --response STATUS
      --response 200           | createSystem documents no JSON response for status '200'; its statuses are: 201,
      """)
  void contradictoryOrMissingTargetExitsTwoNamingTheProblem(String options, String problem) {
    String[] args = ("validate --operation createSystem " + options + " -").replace("--operation createSystem --schema", "--schema")
        .trim().split(" +");
    assertThat(runWithStdin("{}", args)).isEqualTo(2);
    assertThat(err.toString()).contains(problem);
    assertThat(out.toString()).as("nothing validated").isEmpty();
  }

  @Test
  void noCommandExitsTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("name a command");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "operations"})
  void everyCommandHasHelp(String command) {
    assertThat(run(command, "--help")).isZero();
    assertThat(out.toString()).contains("Usage: itwin-contracts " + command);
  }

  @Test
  void operationsListsEveryOperationWithMethodPathAndStatuses() {
    assertThat(run("operations")).isZero();
    assertThat(out.toString().lines()).hasSize(5)
        .anySatisfy(line -> assertThat(line).contains("PUT").contains("/imodels/manifestconnections/{connectionId}")
            .contains("updateManifestConnection").endsWith("request 200 401 404 422 429 400 405 406 408 413 414 415 417 426 431"));
  }
}
