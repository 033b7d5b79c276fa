package io.itwincontracts.runtime.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingProblemsTest {
  @Test
  void namesEveryProblemOnALineOfItsOwn() {
    SettingProblems problems = new SettingProblems("Thing").require(false, "port must be 0 to 65535, not -1")
        .require(true, "never shown").add("threads must be at least 1, not 0");

    assertThatThrownBy(problems::throwIfAny).isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Thing:\n- port must be 0 to 65535, not -1\n- threads must be at least 1, not 0");
  }

  @Test
  void throwsNothingWithoutProblems() {
    assertThatCode(new SettingProblems("Thing").require(true, "fine")::throwIfAny).doesNotThrowAnyException();
  }
}
