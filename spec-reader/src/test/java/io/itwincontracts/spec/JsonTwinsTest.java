package io.itwincontracts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON twins of a directory of specs: the same trees, written whole, left alone when already up to date. */
class JsonTwinsTest {
  @TempDir
  Path specs;
  @TempDir
  Path into;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "null", value = {"edfs.yaml, edfs.json", "common.yaml, common.json", "a.b.yaml, a.b.json",
      "edfs.yml, null", "edfs.json, null", "yaml, null"})
  void aTwinIsNamedAfterItsYaml(String spec, String twin) {
    assertThat(JsonTwins.nameOf(spec)).isEqualTo(twin);
  }

  @Test
  void eachYamlFileGetsATwinWithTheSameTree() throws IOException {
    copy("specs/api.yaml", "api.yaml");
    copy("specs/shared/common.yaml", "common.yaml");
    Files.writeString(specs.resolve("notes.txt"), "not a spec");

    assertThat(JsonTwins.write(specs, into)).containsExactly(into.resolve("api.json"), into.resolve("common.json"));

    try (Stream<Path> files = Files.list(into)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("api.json", "common.json");
    }
    for (String name : new String[] {"api", "common"}) {
      assertThat(JsonMapper.builder().build().readTree(into.resolve(name + ".json").toFile()))
          .isEqualTo(YAMLMapper.builder().build().readTree(specs.resolve(name + ".yaml").toFile()));
    }
  }

  @Test
  void aTwinAlreadyUpToDateIsLeftAloneAndAChangedSpecRewritesIt() throws IOException {
    copy("specs/api.yaml", "api.yaml");
    JsonTwins.write(specs, into);
    FileTime before = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(into.resolve("api.json"), before);

    assertThat(JsonTwins.write(specs, into)).isEmpty();
    assertThat(Files.getLastModifiedTime(into.resolve("api.json"))).isEqualTo(before);

    Files.writeString(specs.resolve("api.yaml"), "openapi: 3.0.3\ninfo: {title: Changed, version: 2.0.0}\npaths: {}\n");
    assertThat(JsonTwins.write(specs, into)).containsExactly(into.resolve("api.json"));
    assertThat(Files.readString(into.resolve("api.json"))).contains("\"Changed\"");
  }

  @Test
  void invalidYamlIsRefusedNamingTheFileAndLineAndLeavesNoPartialTwin() throws IOException {
    copy("specs/broken.yaml", "broken.yaml");

    assertThatThrownBy(() -> JsonTwins.write(specs, into)).isInstanceOf(SpecException.class)
        .hasMessageStartingWith("broken.yaml: not valid YAML at line 5, column 6: ");
    try (Stream<Path> files = Files.list(into)) {
      assertThat(files).isEmpty();
    }
  }

  private void copy(String resource, String name) throws IOException {
    try (InputStream in = JsonTwinsTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, specs.resolve(name));
    }
  }
}
