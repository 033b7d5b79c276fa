package io.itwincontracts.conformance.internal.generator;

import static io.itwincontracts.conformance.internal.generator.Bytes.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Breaks a valid request body where its schema says it can break: each property gets a wrong type, null, a string
 * past maxLength, a value outside its enum, hostile characters, or goes missing; each object gets unknown
 * properties. Verify and the fuzz run take their body cases from {@link #of}, so both break a body alike.
 */
public final class BodyMutations {
  /** The name of the property no schema declares. */
  static final String UNKNOWN_PROPERTY = "unexpectedProperty";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> HOSTILE_STRINGS = List.of("", " ", "\u0000", "\u0007\u001b[31mred", "\r\n\t",
      "\u202Egnp.exe", "\uFEFFbom", "😀🏳️‍🌈", "ｆｕｌｌｗｉｄｔｈ", "../../etc/passwd", "<script>alert(1)</script>",
      "' OR '1'='1", "%00%0A", "${jndi:ldap://127.0.0.1/x}", "null", "true", "0", "\\", "\"", "é".repeat(300));

  /** A place in the body: the container, the key or index in it, and the schema of the value there. */
  record Slot(String pointer, String parentPointer, String key, int index, JsonNode schema) {}

  private final RequestSchemas schemas;
  private final String spec;

  BodyMutations(RequestSchemas schemas, String spec) {
    this.schemas = schemas;
    this.spec = spec;
  }

  /**
   * Every breakage of one valid body, in a fixed order: an unknown property at the root; for each slot (see
   * {@link #slots}) the value missing, each of its {@link #badValues} and, for an object, an unknown property;
   * then the text-level breakage of {@link TextMutations#of}. {@code random} picks the hostile and random texts,
   * where the text is cut and the random bytes: the same random, the same list.
   */
  public List<Mutation> of(JsonNode example, JsonNode schema, Random random) {
    List<Mutation> mutations = new ArrayList<>();
    mutations.add(new Mutation("/: unknown property", withUnknownProperty(example, "")));
    for (Slot slot : slots(example, schema)) {
      mutations.add(new Mutation(slot.pointer() + ": missing", replaced(example, slot, null)));
      for (Map.Entry<String, JsonNode> bad : badValues(slot.schema(), random)) {
        mutations.add(new Mutation(slot.pointer() + ": " + bad.getKey(), replaced(example, slot, bad.getValue())));
      }
      if (example.at(slot.pointer()).isObject()) {
        mutations.add(new Mutation(slot.pointer() + ": unknown property", withUnknownProperty(example, slot.pointer())));
      }
    }
    mutations.addAll(TextMutations.of(example.toString(), random));
    return mutations;
  }

  /** Every property and the first element of every array of the example, with its schema, depth first. */
  List<Slot> slots(JsonNode example, JsonNode schema) {
    List<Slot> slots = new ArrayList<>();
    collect(example, schemas.resolve(spec, schema), "", slots);
    return slots;
  }

  private void collect(JsonNode value, JsonNode schema, String pointer, List<Slot> slots) {
    if (value instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        JsonNode propertySchema = schemas.resolve(spec, schema.path("properties").has(property.getKey())
            ? schema.path("properties").path(property.getKey()) : schema.path("additionalProperties"));
        String child = pointer + "/" + property.getKey().replace("~", "~0").replace("/", "~1");
        slots.add(new Slot(child, pointer, property.getKey(), -1, propertySchema));
        collect(property.getValue(), propertySchema, child, slots);
      }
    } else if (value instanceof ArrayNode array && !array.isEmpty()) {
      JsonNode items = schemas.resolve(spec, schema.path("items"));
      slots.add(new Slot(pointer + "/0", pointer, null, 0, items));
      collect(array.get(0), items, pointer + "/0", slots);
    }
  }

  /** The schema-aware bad values for one slot: wrong types, null, past maxLength, outside the enum, hostile text. */
  List<Map.Entry<String, JsonNode>> badValues(JsonNode schema, Random random) {
    List<Map.Entry<String, JsonNode>> values = new ArrayList<>();
    String type = schema.path("type").asText("");
    if (!type.equals("string")) {
      values.add(Map.entry("string instead of " + type, NODES.textNode("not-a-" + type)));
    }
    if (!type.equals("integer") && !type.equals("number")) {
      values.add(Map.entry("number instead of " + type, NODES.numberNode(42)));
    }
    if (!type.equals("boolean")) {
      values.add(Map.entry("boolean instead of " + type, NODES.booleanNode(true)));
    }
    if (!type.equals("object")) {
      values.add(Map.entry("object instead of " + type, NODES.objectNode().put("nested", "x")));
    }
    if (!type.equals("array")) {
      values.add(Map.entry("array instead of " + type, NODES.arrayNode().add("x").add(1)));
    }
    values.add(Map.entry("null", NODES.nullNode()));
    if (schema.has("maxLength")) {
      int max = schema.get("maxLength").asInt();
      values.add(Map.entry("string of maxLength+1 (" + (max + 1) + ")", NODES.textNode("x".repeat(max + 1))));
      // valid (JSON Schema counts code points), but twice maxLength in UTF-16 units: a server counting chars refuses it
      values.add(Map.entry("maxLength emoji (" + max + " surrogate pairs)", NODES.textNode("😀".repeat(max))));
      values.add(Map.entry("string of 100 x maxLength", NODES.textNode("y".repeat(max * 100))));
    }
    if (schema.has("enum")) {
      String first = schema.get("enum").get(0).asText();
      values.add(Map.entry("value outside the enum", NODES.textNode("NotInTheEnum")));
      values.add(Map.entry("enum value in lower case", NODES.textNode(first.toLowerCase())));
      values.add(Map.entry("enum value with a space", NODES.textNode(" " + first)));
    }
    if (type.equals("string") || type.isEmpty()) {
      values.add(Map.entry("hostile text", NODES.textNode(HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size())))));
      values.add(Map.entry("random text", NODES.textNode(RandomText.of(random, 1 + random.nextInt(64)))));
    }
    values.add(Map.entry("huge integer", NODES.numberNode(new BigInteger("9".repeat(400)))));
    values.add(Map.entry("long array", arrayOf(2000)));
    return values;
  }

  /** The example with the value at {@code slot} replaced, or removed when {@code value} is null. */
  byte[] replaced(JsonNode example, Slot slot, JsonNode value) {
    JsonNode copy = example.deepCopy();
    JsonNode parent = slot.parentPointer().isEmpty() ? copy : copy.at(slot.parentPointer());
    if (parent instanceof ObjectNode object) {
      if (value == null) {
        object.remove(slot.key());
      } else {
        object.set(slot.key(), value);
      }
    } else if (parent instanceof ArrayNode array) {
      if (value == null) {
        array.remove(slot.index());
      } else {
        array.set(slot.index(), value);
      }
    }
    return utf8(copy.toString());
  }

  /** The example with {@value #UNKNOWN_PROPERTY} added to the object at {@code pointer}. */
  byte[] withUnknownProperty(JsonNode example, String pointer) {
    JsonNode copy = example.deepCopy();
    JsonNode target = pointer.isEmpty() ? copy : copy.at(pointer);
    if (target instanceof ObjectNode object) {
      object.put(UNKNOWN_PROPERTY, "unexpected");
    }
    return utf8(copy.toString());
  }

  private static JsonNode arrayOf(int size) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < size; i++) {
      array.add("item" + i);
    }
    return array;
  }
}
