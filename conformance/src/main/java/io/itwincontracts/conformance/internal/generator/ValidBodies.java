package io.itwincontracts.conformance.internal.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.spec.JsonKeys;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies generated from a schema, meant to be accepted: every declared property (a server's rules may
 * need the ones the schema leaves optional), plain letters and digits within {@code maxLength}, an enum's values
 * in turn; a property named like a given parameter (a role ID) gets the parameter's value, so that the server
 * finds what it names. The seed picks the text, so a run's creates do not collide with another seed's.
 */
public final class ValidBodies {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final RequestSchemas schemas;
  private final String spec;
  private final Map<String, String> known;

  ValidBodies(RequestSchemas schemas, String spec, PathParameters known) {
    this.schemas = schemas;
    this.spec = spec;
    this.known = known.values();
  }

  /** A body valid against {@code schema}, its text drawn from {@code random}. */
  public JsonNode generate(JsonNode schema, Random random) {
    return value(schemas.resolve(spec, schema), null, random);
  }

  /** An example with every property named like a known parameter set to its value. */
  public JsonNode withKnownValues(JsonNode example) {
    JsonNode copy = example.deepCopy();
    replaceKnown(copy);
    return copy;
  }

  private void replaceKnown(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String name : JsonKeys.of(object)) {
        String value = known.get(name);
        if (value != null && object.get(name).isTextual()) {
          object.put(name, value);
        } else if (value != null && object.get(name) instanceof ArrayNode array) {
          array.removeAll().add(value);
        } else {
          replaceKnown(object.get(name));
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(this::replaceKnown);
    }
  }

  private JsonNode value(JsonNode schema, String name, Random random) {
    String known = name == null ? null : this.known.get(name);
    if (schema.has("enum")) {
      JsonNode values = schema.get("enum");
      return values.get(random.nextInt(values.size())).deepCopy();
    }
    switch (schema.path("type").asText(schema.has("properties") ? "object" : "string")) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").properties().forEach(p ->
            object.set(p.getKey(), value(schemas.resolve(spec, p.getValue()), p.getKey(), random)));
        JsonNode additional = schemas.resolve(spec, schema.path("additionalProperties"));
        if (additional.isObject() && additional.has("type")) {
          object.set("Key" + (1 + random.nextInt(9)), value(additional, null, random));
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        array.add(value(schemas.resolve(spec, schema.path("items")), name, random));
        return array;
      }
      case "integer", "number" -> {
        return NODES.numberNode(Math.max(schema.path("minimum").asInt(0), 1));
      }
      case "boolean" -> {
        return NODES.booleanNode(true);
      }
      default -> {
        return NODES.textNode(known != null ? known : text(random, Math.min(12, schema.path("maxLength").asInt(12))));
      }
    }
  }

  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder("v");
    while (text.length() < length) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
