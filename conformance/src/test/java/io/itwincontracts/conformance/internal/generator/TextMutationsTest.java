package io.itwincontracts.conformance.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The breakage done on a body's text: what breaks the syntax does not parse, the rest is exactly what it says. */
class TextMutationsTest {
  /** A parser that takes nothing on trust: a duplicate key or a second document is an error too. */
  private static final JsonMapper STRICT = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final String valid = BodyMutationsTest.resource("widget-example.json").toString();
  private final Map<String, byte[]> textual = byLabel(TextMutations.of(valid, new Random(3)));
  private final Map<String, byte[]> documents = byLabel(TextMutations.wrongDocuments());

  @Test
  void syntaxBreakagesDoNotParse() throws IOException {
    String truncated = textual.keySet().stream().filter(l -> l.startsWith("truncated at ")).findFirst().orElseThrow();
    List<String> labels = List.of("duplicate key \"name\"", truncated, "trailing garbage", "two documents",
        "single quotes", "comment inside", "raw control character in a string", "invalid UTF-8 in a string");

    assertThat(STRICT.readTree(valid).path("name").asText()).isEqualTo("bolt");
    for (String label : labels) {
      assertThat(textual).containsKey(label);
      assertThatThrownBy(() -> STRICT.readTree(textual.get(label))).as(label).isInstanceOf(IOException.class);
    }
  }

  @Test
  void theTruncationCutsTheBodyWhereItsLabelSays() {
    Map.Entry<String, byte[]> truncated = textual.entrySet().stream()
        .filter(e -> e.getKey().startsWith("truncated at ")).findFirst().orElseThrow();
    int cut = Integer.parseInt(truncated.getKey().substring("truncated at ".length()));

    assertThat(new String(truncated.getValue(), StandardCharsets.UTF_8)).isEqualTo(valid.substring(0, cut));
    assertThat(cut).isBetween(1, valid.length() - 1);
  }

  @Test
  void escapeBreakagesPutTheirCharacterAtTheStartOfTheFirstStringValue() throws IOException {
    assertThat(STRICT.readTree(textual.get("lone surrogate escape")).path("name").asText()).isEqualTo("\uD800bolt");
    assertThat(STRICT.readTree(textual.get("NUL escape")).path("name").asText()).isEqualTo("\u0000bolt");
  }

  @Test
  void encodingBreakagesKeepTheDocumentAndChangeOnlyItsBytes() {
    byte[] bom = textual.get("byte order mark");

    assertThat(Arrays.copyOfRange(bom, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bom, 3, bom.length - 3, StandardCharsets.UTF_8)).isEqualTo(valid);
    assertThat(new String(textual.get("UTF-16 body"), StandardCharsets.UTF_16)).isEqualTo(valid);
  }

  @Test
  void theSameRandomGivesTheSameBreakages() {
    Map<String, byte[]> again = byLabel(TextMutations.of(valid, new Random(3)));

    assertThat(again).containsOnlyKeys(textual.keySet())
        .allSatisfy((label, body) -> assertThat(body).as(label).isEqualTo(textual.get(label)));
  }

  @Test
  void nestedDocumentsAreAsDeepAsTheirLabelsSay() {
    for (int depth : List.of(64, 499, 500, 501, 999, 1000, 1001, 5000, 100_000)) {
      assertThat(text("arrays nested " + depth + " deep")).isEqualTo("[".repeat(depth) + "]".repeat(depth));
      assertThat(text("objects nested " + depth + " deep")).startsWith("{\"a\":".repeat(depth) + "1")
          .hasSize(depth * "{\"a\":}".length() + 1);
      assertThat(text("unclosed nesting " + depth + " deep")).isEqualTo("[".repeat(depth));
    }
  }

  @Test
  void largeDocumentsAreAsLargeAsTheirLabelsSay() throws IOException {
    int mebibyte = 1024 * 1024;

    assertThat(documents.get("a string of 1 MiB + 1")).hasSize(mebibyte + 1);
    assertThat(documents.get("a string just under 1 MiB").length).isLessThan(mebibyte);
    assertThat(STRICT.readTree(documents.get("a string just under 1 MiB")).path("name").isTextual()).isTrue();
    assertThat(text("a number of 100000 digits")).contains("9".repeat(100_000)).doesNotContain("9".repeat(100_001));
    JsonNode keys = STRICT.readTree(documents.get("10000 distinct keys"));
    assertThat(keys.size()).isEqualTo(10_000);
  }

  @Test
  void otherDocumentsAreNamedByTheirText() {
    assertThat(text("document null")).isEqualTo("null");
    assertThat(text("document (blank)")).isBlank();
    assertThat(text("document {\"a\":}")).isEqualTo("{\"a\":}");
  }

  private String text(String label) {
    assertThat(documents).containsKey(label);
    return new String(documents.get(label), StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> byLabel(List<Mutation> list) {
    Map<String, byte[]> byLabel = new LinkedHashMap<>();
    list.forEach(m -> byLabel.putIfAbsent(m.label(), m.body()));
    return byLabel;
  }
}
