package io.itwincontracts.conformance.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One operation's stateless cases: bounded, reproducible, and each expecting what the spec gives for it. */
class VerifySuiteTest {
  private static final ContractValidator VALIDATOR = ContractValidator.bundled();
  private static final OperationModel CREATE_SYSTEM = OperationModel.all(VALIDATOR).stream()
      .filter(m -> m.operationId().equals("createSystem")).findFirst().orElseThrow();
  private static final List<String> METHODS_ON_PATH = List.of("POST", "GET");
  private static final int NO_BOUND = 100_000;

  @Test
  void negativeCasesStopAtTheBoundAndTheOtherKindsDoNot() {
    List<VerifyCase> bounded = suite(false).cases(1, 5, METHODS_ON_PATH);
    List<VerifyCase> all = suite(false).cases(1, NO_BOUND, METHODS_ON_PATH);

    assertThat(count(bounded, VerifyCase.Kind.NEGATIVE)).isEqualTo(5);
    assertThat(count(all, VerifyCase.Kind.NEGATIVE)).isGreaterThan(5);
    assertThat(count(bounded, VerifyCase.Kind.POSITIVE)).isEqualTo(count(all, VerifyCase.Kind.POSITIVE)).isPositive();
    assertThat(count(bounded, VerifyCase.Kind.AUTH)).isEqualTo(3);
  }

  @Test
  void theSameSeedGivesTheSameCasesInTheSameOrder() {
    List<VerifyCase> first = suite(false).cases(9, 40, METHODS_ON_PATH);
    List<VerifyCase> again = suite(false).cases(9, 40, METHODS_ON_PATH);
    List<VerifyCase> otherSeed = suite(false).cases(10, 40, METHODS_ON_PATH);

    assertThat(again).extracting(VerifyCase::name).containsExactlyElementsOf(first.stream().map(VerifyCase::name).toList());
    for (int i = 0; i < first.size(); i++) {
      assertThat(again.get(i).request().body()).as(first.get(i).name()).isEqualTo(first.get(i).request().body());
    }
    assertThat(otherSeed).extracting(VerifyCase::name).isNotEqualTo(first.stream().map(VerifyCase::name).toList());
  }

  @Test
  void everyCaseIsOfItsOperationOnItsPath() {
    String path = PathParameters.sandboxDefaults().path(CREATE_SYSTEM.pathTemplate());

    assertThat(suite(false).cases(1, NO_BOUND, METHODS_ON_PATH)).allSatisfy(sent -> {
      assertThat(sent.operationId()).isEqualTo("createSystem");
      assertThat(sent.request().path()).isEqualTo(path);
      assertThat(sent.name()).startsWith(sent.kind().label() + " ");
    });
  }

  @Test
  void aBrokenBodyIsANegativeCaseOnlyWhenTheEngineRefusesIt() {
    List<VerifyCase> bodies = suite(false).cases(1, NO_BOUND, METHODS_ON_PATH).stream()
        .filter(c -> c.kind() == VerifyCase.Kind.NEGATIVE && c.request().method().equals("POST")
            && !c.label().startsWith("content type ")).toList();

    assertThat(bodies).hasSizeGreaterThan(50).allSatisfy(sent -> assertThat(VALIDATOR.validateRequest("createSystem",
        new String(sent.request().body(), StandardCharsets.UTF_8))).as(sent.name()).isNotEmpty());
    assertThat(bodies).extracting(c -> c.expectation().description()).allMatch(d -> d.startsWith("422 InvalidSystemRequest"));
  }

  @Test
  void wellFormedJsonOnlyLeavesOutEveryBodyTheParserRefuses() {
    List<VerifyCase> negative = suite(true).cases(1, NO_BOUND, METHODS_ON_PATH).stream()
        .filter(c -> c.kind() == VerifyCase.Kind.NEGATIVE && c.request().method().equals("POST")
            && !c.label().startsWith("content type ")).toList();

    assertThat(negative).isNotEmpty().noneMatch(sent -> VALIDATOR.validateRequest("createSystem",
        new String(sent.request().body(), StandardCharsets.UTF_8)).stream()
        .anyMatch(v -> Violation.SYNTAX.equals(v.keyword()) || Violation.LIMIT.equals(v.keyword())));
    assertThat(negative).extracting(VerifyCase::label).doesNotContain("trailing garbage", "document {");
  }

  @Test
  void onlyTheMethodsThePathLacksAreMethodCasesEachExpectingThe405() {
    List<VerifyCase> methods = suite(false).cases(1, NO_BOUND, METHODS_ON_PATH).stream()
        .filter(c -> c.label().startsWith("method ")).toList();

    assertThat(methods).extracting(c -> c.request().method()).containsExactlyInAnyOrder("DELETE", "PATCH", "PUT");
    assertThat(methods).extracting(c -> c.expectation().description()).containsOnly("405 MethodNotAllowed");
  }

  @Test
  void authCasesSendTheValidBodyWithoutValidCredentialsAndExpectThe401() {
    List<VerifyCase> cases = suite(false).cases(1, NO_BOUND, METHODS_ON_PATH);
    List<VerifyCase> auth = cases.stream().filter(c -> c.kind() == VerifyCase.Kind.AUTH).toList();

    assertThat(auth).extracting(c -> authorization(c)).containsExactly("Basic dXNlcjpwYXNz", "Bearer", null);
    assertThat(auth).allSatisfy(c -> {
      assertThat(c.request().body()).isEqualTo(cases.get(0).request().body());
      assertThat(c.expectation().description()).startsWith("401");
    });
    assertThat(authorization(cases.get(0))).isEqualTo("Bearer token-1");
  }

  private static String authorization(VerifyCase sent) {
    return sent.request().headers().stream().filter(h -> h.getKey().equals("Authorization")).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  private static long count(List<VerifyCase> cases, VerifyCase.Kind kind) {
    return cases.stream().filter(c -> c.kind() == kind).count();
  }

  private static VerifySuite suite(boolean wellFormedOnly) {
    return new VerifySuite(VALIDATOR, CREATE_SYSTEM, PathParameters.sandboxDefaults(), "token-1", wellFormedOnly);
  }
}
