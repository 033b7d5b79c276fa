package io.itwincontracts.conformance.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.validator.ContractValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fuzz run's cases: reproducible from the seed, a fixed list then random ones, each naming what it hits. */
class FuzzCasesTest {
  private static final ContractValidator VALIDATOR = ContractValidator.bundled();
  private static final List<OperationModel> OPERATIONS = OperationModel.all(VALIDATOR);
  private static final int RANDOM_DRAWN = 300;

  private final FuzzCases cases = new FuzzCases(VALIDATOR, 7, PathParameters.sandboxDefaults());

  @Test
  void theSameSeedGivesTheSameCases() {
    FuzzCases again = new FuzzCases(VALIDATOR, 7, PathParameters.sandboxDefaults());

    assertThat(again.fixedCount()).isEqualTo(cases.fixedCount());
    for (int i = 0; i < cases.fixedCount() + RANDOM_DRAWN; i++) {
      assertThat(again.get(i).name()).isEqualTo(cases.get(i).name());
      assertThat(again.get(i).bytes()).as(cases.get(i).name()).isEqualTo(cases.get(i).bytes());
    }
  }

  @Test
  void anotherSeedDrawsOtherRandomCasesFromTheSameFixedList() {
    FuzzCases other = new FuzzCases(VALIDATOR, 8, PathParameters.sandboxDefaults());

    assertThat(other.fixedCount()).isEqualTo(cases.fixedCount());
    assertThat(names(other, cases.fixedCount(), 50)).isNotEqualTo(names(cases, cases.fixedCount(), 50));
  }

  @Test
  void aRandomCaseIsTheSameWhateverWasDrawnBeforeIt() {
    int index = cases.fixedCount() + 123;
    String drawnAlone = new FuzzCases(VALIDATOR, 7, PathParameters.sandboxDefaults()).get(index).name();

    names(cases, 0, index);
    assertThat(cases.get(index).name()).isEqualTo(drawnAlone);
  }

  @Test
  void theFixedListIsBoundedAndCoversEveryOperationWithItsMethods() {
    List<String> names = names(cases, 0, cases.fixedCount());

    assertThat(cases.fixedCount()).isBetween(100, 20_000);
    for (OperationModel model : OPERATIONS) {
      String op = model.operationId() + " ";
      assertThat(names).as(op).contains(op + "no authorization", op + "no content type", op + "accept text/html");
      assertThat(names.stream().filter(n -> n.startsWith(op + "method "))).as(op).hasSize(7);
    }
  }

  @Test
  void everyCaseNamesTheOperationItSendsTo() {
    int named = 0;
    for (int i = 0; i < cases.fixedCount() + RANDOM_DRAWN; i++) {
      FuzzCase sent = cases.get(i);
      if (!(sent instanceof FuzzCase.WellFormed wellFormed) || sent.name().startsWith("unknown path ")) {
        continue;
      }
      OperationModel model = OPERATIONS.stream().filter(m -> sent.name().startsWith(m.operationId() + " "))
          .findFirst().orElseThrow(() -> new AssertionError("no operation named: " + sent.name()));
      // a case that breaks the method or a path parameter sends elsewhere on purpose
      boolean elsewhere = sent.name().contains(" method ") || sent.name().contains("path parameter ")
          || FuzzRequests.PARAMETER.matcher(model.pathTemplate()).results()
              .anyMatch(p -> sent.name().contains(" " + p.group(1) + "="));
      if (!elsewhere) {
        assertThat(wellFormed.request().path()).as(sent.name())
            .isEqualTo(PathParameters.sandboxDefaults().path(model.pathTemplate()));
        assertThat(wellFormed.request().method()).as(sent.name()).isEqualTo(model.operation().method());
      }
      named++;
    }
    assertThat(named).isGreaterThan(cases.fixedCount() / 2);
  }

  @Test
  void casesWithoutAnOperationAreUnknownPathsOrMalformedHttp() {
    List<String> others = new ArrayList<>();
    for (int i = 0; i < cases.fixedCount(); i++) {
      FuzzCase sent = cases.get(i);
      if (OPERATIONS.stream().noneMatch(m -> sent.name().startsWith(m.operationId() + " "))) {
        others.add(sent instanceof FuzzCase.Malformed ? "malformed" : sent.name().replaceFirst(" /.*", ""));
      }
    }

    assertThat(others).containsOnly("unknown path GET", "unknown path POST", "malformed");
  }

  @Test
  void noCaseNameShowsTheToken() {
    for (int i = 0; i < cases.fixedCount() + RANDOM_DRAWN; i++) {
      assertThat(cases.get(i).name()).doesNotContain(FuzzCases.TOKEN);
    }
  }

  @Test
  void aRequestWhoseBreakageIsElsewhereCarriesTheToken() {
    FuzzCase.WellFormed sent = (FuzzCase.WellFormed) find("createSystem /name: null");

    assertThat(sent.request().headers()).contains(Map.entry("Authorization", "Bearer " + FuzzCases.TOKEN));
  }

  private FuzzCase find(String name) {
    for (int i = 0; i < cases.fixedCount(); i++) {
      if (cases.get(i).name().equals(name)) {
        return cases.get(i);
      }
    }
    throw new AssertionError("no case " + name);
  }

  private static List<String> names(FuzzCases cases, int from, int count) {
    List<String> names = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      names.add(cases.get(i).name());
    }
    return names;
  }
}
