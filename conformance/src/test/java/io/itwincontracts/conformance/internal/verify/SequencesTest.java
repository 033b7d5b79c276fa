package io.itwincontracts.conformance.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.conformance.Check;
import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.conformance.internal.http.Problem;
import io.itwincontracts.validator.ContractValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The stateful sequences, found from the bundled specs, run against a fake of the run that answers each step as a
 * test needs: what is sent in which order, what the steps expect, and when a list fails the sequence.
 */
class SequencesTest {
  private static final ContractValidator VALIDATOR = ContractValidator.bundled();
  private static final List<OperationModel> ALL = OperationModel.all(VALIDATOR);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CREATED_ID = "new-1";

  @Test
  void aCreateThatDocumentsA409IsSentTwiceWithTheListOfItsPathBetween() throws InterruptedException {
    FakeRun run = run(ALL, 1, SequencesTest::kept);

    assertThat(run.steps()).containsExactly("createSystem: create a new item", "listSystems: list after the create",
        "createSystem: create the same item again", "createRepositoryResource: create a new item",
        "createRepositoryResource: create the same item again");
    assertThat(run.sent).allMatch(sent -> sent.kind() == VerifyCase.Kind.SEQUENCE);
    assertThat(run.sent.get(2).request().body()).isEqualTo(run.sent.get(0).request().body()).isNotNull();
    assertThat(run.sent.get(1).request().body()).isNull();
    assertThat(run.failures).isEmpty();
  }

  @Test
  void theRepeatMustGetTheOperations409WithTheCodeTheSpecGives() throws InterruptedException {
    FakeRun run = run(ALL, 1, SequencesTest::kept);

    assertThat(run.sent.get(0).expectation().description()).isEqualTo("2xx");
    assertThat(run.sent.get(2).expectation().description()).isEqualTo("409 SystemExists");
    assertThat(run.sent.get(4).expectation().description()).isEqualTo("409 iTwinRepositoryResourceExists");
  }

  @Test
  void aListThatLacksATextValueSentFailsTheSequence() throws Exception {
    FakeRun run = run(ALL, 1, (step, create) -> switch (step.label()) {
      case "create a new item" -> ok(201, "{\"id\":\"" + CREATED_ID + "\"}");
      case "list after the create" -> ok(200, "{\"systems\":[" + with(item(create), "name", "someone else's") + "]}");
      default -> kept(step, create);
    });
    String name = JSON.readTree(run.sent.get(0).request().body()).path("name").asText();

    assertThat(run.failures).containsExactly(new Problem(Check.SEQUENCE,
        "the list holds the item just created by createSystem", "it lacks [name=" + name + "]"));
  }

  @Test
  void aListThatShowsFewerPropertiesThanTheCreateIsNoFailure() throws InterruptedException {
    FakeRun run = run(ALL, 1, (step, create) -> step.label().startsWith("list")
        ? ok(200, "{\"systems\":[{\"id\":\"" + CREATED_ID + "\"}]}") : kept(step, create));

    assertThat(run.failures).isEmpty();
  }

  @Test
  void aListThatShowsAnotherIdThanTheCreateAnsweredFailsTheSequence() throws InterruptedException {
    FakeRun run = run(ALL, 1, (step, create) -> step.label().startsWith("list")
        ? ok(200, "{\"systems\":[{\"id\":\"old-7\"}]}") : kept(step, create));

    assertThat(run.failures).extracting(Problem::got).containsExactly("it lacks [id=" + CREATED_ID + "]");
  }

  @Test
  void aRefusedListIsLeftToTheResponseChecks() throws InterruptedException {
    FakeRun run = run(ALL, 1, (step, create) -> step.label().startsWith("list") ? ok(500, "oops")
        : kept(step, create));

    assertThat(run.failures).isEmpty();
    assertThat(run.steps()).contains("createSystem: create the same item again");
  }

  @Test
  void aRefusedCreateEndsItsSequence() throws InterruptedException {
    FakeRun run = run(ALL, 1, (step, create) -> ok(422, "{\"error\":{\"code\":\"InvalidSystemRequest\"}}"));

    assertThat(run.steps()).containsExactly("createSystem: create a new item",
        "createRepositoryResource: create a new item");
  }

  @Test
  void onlyTheSelectedOperationsTakePart() throws InterruptedException {
    List<OperationModel> createOnly = ALL.stream().filter(m -> m.operationId().equals("createSystem")).toList();

    assertThat(run(createOnly, 1, SequencesTest::kept).steps()).containsExactly("createSystem: create a new item",
        "createSystem: create the same item again");
  }

  @Test
  void theNewItemIsTheSameForASeedAndAnotherForAnotherSeed() throws InterruptedException {
    byte[] first = run(ALL, 1, SequencesTest::kept).sent.get(0).request().body();

    assertThat(run(ALL, 1, SequencesTest::kept).sent.get(0).request().body()).isEqualTo(first);
    assertThat(run(ALL, 2, SequencesTest::kept).sent.get(0).request().body()).isNotEqualTo(first);
  }

  /** A server that keeps the contract: the create answers the item with an ID, the list shows it, the repeat 409. */
  private static Answer kept(VerifyCase step, VerifyCase create) {
    return switch (step.label()) {
      case "create a new item" -> ok(201, item(step));
      case "list after the create" -> ok(200, "{\"systems\":[" + item(create) + "]}");
      default -> ok(409, "{\"error\":{\"code\":\"SystemExists\"}}");
    };
  }

  /** The item a create makes: the body sent, with the ID the server gives it. */
  private static String item(VerifyCase create) {
    return with(new String(create.request().body(), StandardCharsets.UTF_8), "id", CREATED_ID);
  }

  private static Answer ok(int status, String body) {
    return new Answer(status, Map.of("content-type", "application/json"), body, null);
  }

  private static String with(String json, String name, String value) {
    try {
      return ((ObjectNode) JSON.readTree(json)).put(name, value).toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static FakeRun run(List<OperationModel> selected, long seed, BiFunction<VerifyCase, VerifyCase, Answer> server)
      throws InterruptedException {
    Map<String, VerifySuite> suites = new LinkedHashMap<>();
    selected.forEach(model -> suites.put(model.operationId(),
        new VerifySuite(VALIDATOR, model, PathParameters.sandboxDefaults(), "t", false)));
    FakeRun run = new FakeRun(server);
    new Sequences(selected, suites).run(run, seed);
    return run;
  }

  /** Records what is sent and failed; answers each step as the test's server does, given the last create sent. */
  private static final class FakeRun implements Runner {
    final List<VerifyCase> sent = new ArrayList<>();
    final List<Problem> failures = new ArrayList<>();
    private final BiFunction<VerifyCase, VerifyCase, Answer> server;
    private VerifyCase create;

    FakeRun(BiFunction<VerifyCase, VerifyCase, Answer> server) {
      this.server = server;
    }

    @Override
    public Answer execute(VerifyCase step) {
      sent.add(step);
      if (step.label().equals("create a new item")) {
        create = step;
      }
      return server.apply(step, create);
    }

    @Override
    public void fail(VerifyCase step, Problem problem) {
      assertThat(sent).contains(step);
      failures.add(problem);
    }

    List<String> steps() {
      return sent.stream().map(step -> step.operationId() + ": " + step.label()).toList();
    }
  }
}
