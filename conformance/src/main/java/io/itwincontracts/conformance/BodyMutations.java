package io.itwincontracts.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Breaks a valid request body where its schema says it can break: each property gets a wrong type, null, a string
 * past maxLength, a value outside its enum, hostile characters, or goes missing; each object gets unknown
 * properties. Text-level breakage (duplicate keys, truncation, nesting, size, encodings) is done on the JSON text,
 * because a JSON library cannot write it.
 */
final class BodyMutations {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> HOSTILE_STRINGS = List.of("", " ", "\u0000", "\u0007\u001b[31mred", "\r\n\t",
      "\u202Egnp.exe", "\uFEFFbom", "😀🏳️‍🌈", "ｆｕｌｌｗｉｄｔｈ", "../../etc/passwd", "<script>alert(1)</script>",
      "' OR '1'='1", "%00%0A", "${jndi:ldap://127.0.0.1/x}", "null", "true", "0", "\\", "\"", "é".repeat(300));

  /** A place in the body: the container, the key or index in it, and the schema of the value there. */
  record Slot(String pointer, String parentPointer, String key, int index, JsonNode schema) {}

  /** A mutated body and what was done to it. */
  record Mutation(String label, byte[] body) {}

  private final RequestSchemas schemas;
  private final String spec;

  BodyMutations(RequestSchemas schemas, String spec) {
    this.schemas = schemas;
    this.spec = spec;
  }

  /** Every property and array element of the example, with its schema. */
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
    values.add(Map.entry("huge integer", NODES.numberNode(new java.math.BigInteger("9".repeat(400)))));
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
    return copy.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The example with an undeclared property added to the object at {@code pointer}. */
  byte[] withUnknownProperty(JsonNode example, String pointer, String name) {
    JsonNode copy = example.deepCopy();
    JsonNode target = pointer.isEmpty() ? copy : copy.at(pointer);
    if (target instanceof ObjectNode object) {
      object.put(name, "unexpected");
    }
    return copy.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Breakage a JSON library would not write: on the text of a valid body. */
  static List<Mutation> textual(String json, Random random) {
    List<Mutation> mutations = new ArrayList<>();
    int brace = json.indexOf('{');
    int colon = json.indexOf(':');
    if (brace >= 0 && colon > brace) {
      String firstKey = json.substring(brace + 1, colon).trim();
      mutations.add(new Mutation("duplicate key " + firstKey,
          utf8(json.substring(0, brace + 1) + firstKey + ": \"first\", " + json.substring(brace + 1))));
    }
    int cut = 1 + random.nextInt(Math.max(1, json.length() - 1));
    mutations.add(new Mutation("truncated at " + cut, utf8(json.substring(0, cut))));
    mutations.add(new Mutation("trailing garbage", utf8(json + "}}garbage")));
    mutations.add(new Mutation("two documents", utf8(json + json)));
    mutations.add(new Mutation("single quotes", utf8(json.replace('"', '\''))));
    mutations.add(new Mutation("comment inside", utf8("/* c */" + json)));
    mutations.add(new Mutation("lone surrogate escape", utf8(json.replaceFirst(":\\s*\"", ": \"\\\\ud800"))));
    mutations.add(new Mutation("NUL escape", utf8(json.replaceFirst(":\\s*\"", ": \"\\\\u0000"))));
    mutations.add(new Mutation("raw control character in a string", utf8(json.replaceFirst(":\\s*\"", ": \"\u0001"))));
    mutations.add(new Mutation("byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(json))));
    mutations.add(new Mutation("UTF-16 body", json.getBytes(StandardCharsets.UTF_16)));
    mutations.add(new Mutation("invalid UTF-8 in a string", invalidUtf8(json)));
    mutations.add(new Mutation("random bytes", randomBytes(random, 1 + random.nextInt(512))));
    return mutations;
  }

  /** Bodies that are not the operation's document at all. */
  static List<Mutation> wrongDocuments() {
    List<Mutation> mutations = new ArrayList<>();
    for (String document : List.of("", " ", "null", "[]", "{}", "true", "0", "-0", "1e400", "\"text\"", "{", "}", "[",
        "{\"a\":}", "{,}", "NaN", "[1,]", "{\"a\" \"b\"}")) {
      mutations.add(new Mutation("document " + (document.isBlank() ? "(blank)" : document), utf8(document)));
    }
    for (int depth : List.of(64, 499, 500, 501, 999, 1000, 1001, 5000, 100_000)) {
      mutations.add(new Mutation("arrays nested " + depth + " deep", utf8("[".repeat(depth) + "]".repeat(depth))));
      mutations.add(new Mutation("objects nested " + depth + " deep",
          utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
      mutations.add(new Mutation("unclosed nesting " + depth + " deep", utf8("[".repeat(depth))));
    }
    mutations.add(new Mutation("a string of 1 MiB + 1", utf8("\"" + "x".repeat(1024 * 1024 - 1) + "\"")));
    mutations.add(new Mutation("a string just under 1 MiB", utf8("{\"name\":\"" + "x".repeat(1024 * 1024 - 20) + "\"}")));
    mutations.add(new Mutation("a number of 100000 digits", utf8("{\"name\":" + "9".repeat(100_000) + "}")));
    mutations.add(new Mutation("a key of 100000 characters", utf8("{\"" + "k".repeat(100_000) + "\":1}")));
    mutations.add(new Mutation("10000 distinct keys", utf8(manyKeys(10_000))));
    return mutations;
  }

  private static String manyKeys(int count) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    return json.append('}').toString();
  }

  private static JsonNode arrayOf(int size) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < size; i++) {
      array.add("item" + i);
    }
    return array;
  }

  private static byte[] invalidUtf8(String json) {
    byte[] bytes = utf8(json);
    int quote = json.indexOf(":\"");
    if (quote < 0) {
      return concat(bytes, new byte[] {(byte) 0xC3, (byte) 0x28});
    }
    byte[] prefix = utf8(json.substring(0, quote + 2));
    byte[] suffix = utf8(json.substring(quote + 2));
    return concat(concat(prefix, new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80}), suffix);
  }

  static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
