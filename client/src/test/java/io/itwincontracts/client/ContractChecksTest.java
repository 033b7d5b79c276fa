package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.Violation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client's contract checks against a loopback server that breaks the contract in five ways: STRICT throws
 * {@link ContractViolationException} with the violations, REPORT lets the answer through and reports the same
 * violations, OFF sees nothing (the call ends as it would without checks).
 */
class ContractChecksTest {
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";
  private static final String TOKEN = "contract-token-8c1e";
  private static final String PASSWORD = "contract-password-41d7";

  private final LoopbackServer server = LoopbackServer.scripted();
  private final List<ContractReport> reports = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  /** A scenario: what the server answers, which call gets it, and the violations (pointer, keyword) it breaks. */
  record Scenario(String name, LoopbackServer.Answer answer, boolean create, int status, List<Tuple> violations) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> nonConformingResponses() {
    return Stream.of(
        new Scenario("unknown property in a closed schema", json(200, resource("contract/unknown-property.json")),
            false, 200, List.of(tuple("/systems/0/colour", "additionalProperties"))),
        new Scenario("wrong type", json(200, resource("contract/wrong-type.json")),
            false, 200, List.of(tuple("/systems/0/id", "type"))),
        new Scenario("missing required field", json(404, resource("contract/missing-required.json")),
            false, 404, List.of(tuple("/error/message", "required"))),
        new Scenario("undocumented status", json(200, resource("responses/system-created.json")),
            true, 200, List.of(tuple("", Violation.STATUS))),
        new Scenario("429 without retry-after", json(429, resource("errors/429.json")),
            false, 429, List.of(tuple("", Violation.HEADER))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonConformingResponses")
  void strictThrowsTheTypedExceptionWithTheViolationsAndTheStatus(Scenario scenario) {
    server.enqueue(scenario.answer());

    Throwable thrown = catchThrowable(() -> call(ContractChecks.STRICT, scenario.create()));

    assertThat(thrown).isInstanceOf(ContractViolationException.class);
    ContractViolationException violation = (ContractViolationException) thrown;
    assertThat(violation.status()).hasValue(scenario.status());
    assertThat(violation.operationId()).isEqualTo(scenario.create() ? "createSystem" : "listSystems");
    assertThat(violation.violations()).extracting(Violation::pointer, Violation::keyword)
        .containsExactlyElementsOf(scenario.violations());
    assertThat(reports).containsExactly(violation.report());
    assertThat(server.received()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonConformingResponses")
  void reportPassesTheAnswerThroughAndReportsTheSameViolations(Scenario scenario) {
    server.enqueue(scenario.answer());
    Throwable withoutChecks = outcome(ContractChecks.OFF, scenario);
    server.enqueue(scenario.answer());

    Throwable reported = outcome(ContractChecks.REPORT, scenario);

    assertThat(reported == null ? null : reported.getClass())
        .isEqualTo(withoutChecks == null ? null : withoutChecks.getClass());
    assertThat(reports).singleElement().satisfies(report -> {
      assertThat(report.target().status()).isEqualTo(String.valueOf(scenario.status()));
      assertThat(report.violations()).extracting(Violation::pointer, Violation::keyword)
          .containsExactlyElementsOf(scenario.violations());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonConformingResponses")
  void offSeesNothing(Scenario scenario) {
    server.enqueue(scenario.answer());

    outcome(ContractChecks.OFF, scenario);

    assertThat(reports).isEmpty();
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void strictNeverSendsARequestThatBreaksTheContractAndShowsNoSecret() {
    SaveUserSystemCredentialDto tooLong = new SaveUserSystemCredentialDto().name("Dev").systemId("dev")
        .systemType("x".repeat(151)).credentials(Map.of("Password", PASSWORD));

    Throwable thrown = catchThrowable(() -> platform(ContractChecks.STRICT).edfs().createSystem(ITWIN, tooLong));

    assertThat(thrown).isInstanceOf(ContractViolationException.class);
    ContractViolationException violation = (ContractViolationException) thrown;
    assertThat(violation.status()).isEmpty();
    assertThat(violation.violations()).extracting(Violation::pointer, Violation::keyword)
        .containsExactly(tuple("/systemType", "maxLength"));
    assertThat(violation.getMessage()).startsWith("createSystem request breaks the contract (1 violation): client "
        + "POST /edfs/itwins/" + ITWIN + "/systems").doesNotContain(PASSWORD).doesNotContain(TOKEN);
    assertThat(server.received()).as("requests the server saw").isEmpty();
  }

  @Test
  void reportSendsTheRequestThatBreaksTheContractAndReportsIt() {
    server.enqueue(json(201, resource("responses/system-created.json")));
    SaveUserSystemCredentialDto unknownType = new SaveUserSystemCredentialDto().name("Dev").systemId("dev")
        .systemType("x".repeat(151));

    platform(ContractChecks.REPORT).edfs().createSystem(ITWIN, unknownType);

    assertThat(server.received()).hasSize(1);
    assertThat(reports).singleElement().satisfies(report ->
        assertThat(report.toString()).startsWith("client POST /edfs/itwins/" + ITWIN + "/systems: createSystem request: "
            + "/systemType: must be at most 150 characters long"));
  }

  @Test
  void aConformingExchangeReportsNothing() {
    server.enqueue(json(200, resource("responses/systems.json")));

    assertThat(platform(ContractChecks.STRICT).edfs().listSystems(ITWIN).getSystems()).hasSize(1);
    assertThat(reports).isEmpty();
  }

  private Throwable outcome(ContractChecks mode, Scenario scenario) {
    return catchThrowable(() -> call(mode, scenario.create()));
  }

  private void call(ContractChecks mode, boolean create) {
    ITwinPlatform platform = platform(mode);
    if (create) {
      platform.edfs().createSystem(ITWIN, new SaveUserSystemCredentialDto().name("Dev").systemId("dev")
          .systemType("EDF.Sql").credentials(Map.of("Password", PASSWORD)));
    } else {
      platform.edfs().listSystems(ITWIN);
    }
  }

  private ITwinPlatform platform(ContractChecks mode) {
    return ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> TOKEN).maxAttempts(1)
        .contractChecks(mode).onContractViolation(reports::add).build();
  }
}
