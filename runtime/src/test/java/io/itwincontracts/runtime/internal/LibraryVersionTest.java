package io.itwincontracts.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryVersionTest {
  @Test
  void isTheBuildsProjectVersionNotThePlaceholder() {
    assertThat(LibraryVersion.get()).isEqualTo(System.getProperty("project.version", LibraryVersion.get()))
        .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
