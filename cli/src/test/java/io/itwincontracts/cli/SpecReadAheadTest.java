package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled specs are read ahead for the runs that will read them, and only for those. */
class SpecReadAheadTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "validate --operation createSystem --request a.json | true",
      "validate --schema SystemDto -                      | true",
      "operations                                         | true",
      "coverage target/itwin-contracts/coverage           | true",
      "seed recording.ndjson                              | true",
      "validate --spec edited.yaml --schema X a.json      | false",
      "validate --spec=edited.yaml --schema X a.json      | false",
      "operations --spec edited.yaml                      | false",
      "validate --help                                    | false",
      "validate -h                                        | false",
      "--version                                          | false",
      "diff old.yaml new.yaml                             | false",
      "verify --base-url http://127.0.0.1:1               | false",
      "help validate                                      | false",
      "valdate a.json                                     | false"})
  void readsAheadOnlyForRunsOfTheBundledSpecs(String args, boolean expected) {
    assertThat(SpecReadAhead.readsTheBundledSpecs(args.trim().split(" +"))).isEqualTo(expected);
  }

  @Test
  void noArgumentsReadNothingAhead() {
    assertThat(SpecReadAhead.readsTheBundledSpecs()).isFalse();
  }
}
