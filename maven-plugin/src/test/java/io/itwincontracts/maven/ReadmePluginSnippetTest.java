package io.itwincontracts.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's plugin configuration is the one an integration test builds: the lines of
 * {@code src/it/check-compatible-change/pom.xml} between its {@code readme:start} and {@code readme:end} markers,
 * less their indentation, appear word for word as the README's {@code xml} block.
 */
class ReadmePluginSnippetTest {
  private static final Path SAMPLE = Path.of("src/it/check-compatible-change/pom.xml");
  private static final Path README = Path.of("../README.md");

  @Test
  void readmeShowsThePluginBlockTheCompatibleChangeSampleBuilds() throws Exception {
    List<String> pom = Files.readAllLines(SAMPLE);
    int start = indexOf(pom, "<!-- readme:start -->");
    int end = indexOf(pom, "<!-- readme:end -->");
    String indent = pom.get(start).substring(0, pom.get(start).indexOf('<'));
    String snippet = pom.subList(start + 1, end).stream()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .collect(Collectors.joining("\n"));

    assertThat(snippet.lines()).hasSizeLessThanOrEqualTo(15);
    assertThat(Files.readString(README)).contains("```xml\n" + snippet + "\n```");
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError(SAMPLE + " has no line " + marker);
  }
}
