package io.itwincontracts.conformance.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each breakage of a body breaks exactly what its label says, where it says, and nothing else. */
class BodyMutationsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode schema = resource("widget-schema.json");
  private final JsonNode example = resource("widget-example.json");
  private final Map<String, byte[]> mutations = byLabel(
      new BodyMutations(new RequestSchemas(), "edfs.yaml").of(example, schema, new Random(1)));

  @Test
  void maxLengthPlusOneIsOneLongerThanTheSchemaAllows() {
    assertThat(valueAt("/name", "string of maxLength+1 (6)").asText())
        .hasSize(schema.at("/properties/name/maxLength").asInt() + 1);
    assertThat(valueAt("/tags/0", "string of maxLength+1 (4)").asText())
        .hasSize(schema.at("/properties/tags/items/maxLength").asInt() + 1);
  }

  @Test
  void maxLengthEmojiIsWithinMaxLengthInCodePointsAndTwiceItInJavaChars() {
    String emoji = valueAt("/name", "maxLength emoji (5 surrogate pairs)").asText();

    assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(5);
    assertThat(emoji).hasSize(10);
  }

  @Test
  void enumBreakagesAreNoneOfTheEnumsValues() {
    List<String> allowed = List.of("Red", "Green");

    assertThat(List.of(valueAt("/color", "value outside the enum").asText(),
        valueAt("/color", "enum value in lower case").asText(), valueAt("/color", "enum value with a space").asText()))
        .containsExactly("NotInTheEnum", "red", " Red")
        .noneMatch(allowed::contains);
  }

  @Test
  void aWrongTypeIsNeverTheSlotsOwnType() {
    assertThat(mutations).containsKeys("/size: string instead of integer", "/size: boolean instead of integer",
        "/size: object instead of integer", "/size: array instead of integer")
        .doesNotContainKey("/size: number instead of integer");
    assertThat(valueAt("/size", "string instead of integer").isTextual()).isTrue();
    assertThat(valueAt("/owner", "array instead of object").isArray()).isTrue();
  }

  @Test
  void everySlotOfTheExampleGoesMissingOnce() {
    assertThat(mutations.keySet().stream().filter(label -> label.endsWith(": missing")))
        .containsExactly("/name: missing", "/color: missing", "/size: missing", "/tags: missing", "/tags/0: missing",
            "/owner: missing", "/owner/id: missing");
    assertThat(parse("/owner/id: missing").at("/owner")).isEqualTo(JSON.createObjectNode());
  }

  @Test
  void theUnknownPropertyIsAddedAtThePointerAndNowhereElse() {
    JsonNode atOwner = parse("/owner: unknown property");
    JsonNode atRoot = parse("/: unknown property");

    assertThat(atOwner.at("/owner/" + BodyMutations.UNKNOWN_PROPERTY).isMissingNode()).isFalse();
    assertThat(atOwner.has(BodyMutations.UNKNOWN_PROPERTY)).isFalse();
    assertThat(atRoot.has(BodyMutations.UNKNOWN_PROPERTY)).isTrue();
    assertThat(atRoot.at("/owner").has(BodyMutations.UNKNOWN_PROPERTY)).isFalse();
    assertThat(mutations).doesNotContainKey("/name: unknown property");
  }

  @Test
  void aSlotsBreakageChangesThatSlotAndLeavesTheRestOfTheExampleAsItWas() {
    int checked = 0;
    for (Map.Entry<String, byte[]> mutation : mutations.entrySet()) {
      String label = mutation.getKey();
      // missing and unknown properties change the shape around the slot: the tests above hold them
      if (!label.startsWith("/") || label.startsWith("/:") || label.endsWith("unknown property")
          || label.endsWith(": missing")) {
        continue;
      }
      String pointer = label.substring(0, label.indexOf(": "));
      JsonNode broken = tree(mutation.getValue());

      assertThat(without(broken, pointer)).as(label).isEqualTo(without(example, pointer));
      assertThat(broken.at(pointer)).as(label).isNotEqualTo(example.at(pointer));
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void theSameRandomGivesTheSameBreakages() {
    BodyMutations again = new BodyMutations(new RequestSchemas(), "edfs.yaml");

    assertThat(byLabel(again.of(example, schema, new Random(1)))).containsOnlyKeys(mutations.keySet())
        .allSatisfy((label, body) -> assertThat(body).as(label).isEqualTo(mutations.get(label)));
    assertThat(byLabel(again.of(example, schema, new Random(2))).get("/name: random text"))
        .isNotEqualTo(mutations.get("/name: random text"));
  }

  @Test
  void slotSchemasComeFromTheSpecThroughItsRefs() {
    OperationModel createSystem = OperationModel.all(ContractValidator.bundled()).stream()
        .filter(m -> m.operationId().equals("createSystem")).findFirst().orElseThrow();
    JsonNode body = createSystem.examples().get(0);
    Map<String, byte[]> spec = byLabel(createSystem.mutations().of(body, createSystem.schema(), new Random(1)));

    // systemType's maxLength (150) is in the schema the operation's $ref names; credentials' values are
    // additionalProperties of type string
    assertThat(tree(spec.get("/systemType: string of maxLength+1 (151)")).at("/systemType").asText()).hasSize(151);
    assertThat(spec).containsKey("/credentials/Server: number instead of string")
        .doesNotContainKey("/credentials/Server: string instead of string");
  }

  private JsonNode valueAt(String pointer, String breakage) {
    return parse(pointer + ": " + breakage).at(pointer);
  }

  private JsonNode parse(String label) {
    assertThat(mutations).containsKey(label);
    return tree(mutations.get(label));
  }

  private static JsonNode tree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }

  /** The tree with the value at {@code pointer} taken out (an array element set to null: the indexes stay). */
  private static JsonNode without(JsonNode tree, String pointer) {
    JsonNode copy = tree.deepCopy();
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
    if (container instanceof ObjectNode object) {
      object.remove(last);
    } else if (container instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), JSON.nullNode());
    }
    return copy;
  }

  private static Map<String, byte[]> byLabel(List<Mutation> list) {
    Map<String, byte[]> byLabel = new LinkedHashMap<>();
    list.forEach(m -> assertThat(byLabel.put(m.label(), m.body())).as("a second " + m.label()).isNull());
    return byLabel;
  }

  static JsonNode resource(String name) {
    try (InputStream in = BodyMutationsTest.class.getResourceAsStream(name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
