package io.itwincontracts.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import feign.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the secrets of one exchange from any text about it (log lines, exception messages, body excerpts).
 *
 * <p>Two nets: JSON values under a sensitive key ({@code credentials}, {@code password}, {@code token}...) are
 * replaced wherever they appear, and the exact secrets this request sent (its bearer token and every credential
 * value of its body) are replaced in any text, so a server that echoes them in a message or a non-JSON page does
 * not leak them either (values under four characters excepted; the JSON net still covers those).
 */
final class Redactor {
  static final String REDACTED = "REDACTED";

  /** Shorter values are not searched for in free text: replacing "sa" everywhere would garble every message. */
  private static final int MIN_SCRUBBED_LENGTH = 4;

  private static final Pattern SENSITIVE_KEY =
      Pattern.compile("(?i).*(credential|password|secret|token|authorization|api[-_]?key).*");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer)\\s+[^\\s\"',;]+");

  private final ObjectMapper mapper;
  private final List<String> secrets;

  private Redactor(ObjectMapper mapper, Set<String> secrets) {
    this.mapper = mapper;
    this.secrets = new ArrayList<>(secrets);
    this.secrets.sort(Comparator.comparingInt(String::length).reversed());
  }

  static Redactor forRequest(Request request, ObjectMapper mapper) {
    Set<String> secrets = new HashSet<>();
    if (request != null) {
      Map<String, Collection<String>> headers = request.headers();
      headers.forEach((name, values) -> {
        if (name.equalsIgnoreCase("Authorization")) {
          values.forEach(value -> secrets.add(value.replaceFirst("(?i)^bearer\\s+", "")));
        }
      });
      if (request.body() != null) {
        collectSensitiveValues(readJson(mapper, request.body()), false, secrets);
      }
    }
    secrets.removeIf(secret -> secret.strip().length() < MIN_SCRUBBED_LENGTH);
    return new Redactor(mapper, secrets);
  }

  /** The text with every known secret and any bearer token replaced. */
  String text(String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, REDACTED);
    }
    return BEARER.matcher(redacted).replaceAll("$1 " + REDACTED);
  }

  /** A body as text: JSON with sensitive values replaced, or any other text with known secrets replaced. */
  String body(byte[] body) {
    JsonNode json = readJson(mapper, body);
    if (json == null) {
      return text(new String(body, StandardCharsets.UTF_8));
    }
    try {
      return text(mapper.writeValueAsString(redactSensitiveValues(json, false)));
    } catch (JsonProcessingException e) {
      return "[" + body.length + "-byte body not shown: " + e.getClass().getSimpleName() + "]";
    }
  }

  static boolean isSensitiveKey(String name) {
    return SENSITIVE_KEY.matcher(name).matches();
  }

  private static JsonNode readJson(ObjectMapper mapper, byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(body);
      return node != null && node.isContainerNode() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static void collectSensitiveValues(JsonNode node, boolean sensitive, Set<String> into) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          collectSensitiveValues(field.getValue(), sensitive || isSensitiveKey(field.getKey()), into));
    } else if (node.isArray()) {
      node.forEach(element -> collectSensitiveValues(element, sensitive, into));
    } else if (sensitive && !node.isNull()) {
      into.add(node.asText());
    }
  }

  private static JsonNode redactSensitiveValues(JsonNode node, boolean sensitive) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        object.set(name, redactSensitiveValues(object.get(name), sensitive || isSensitiveKey(name)));
      }
      return object;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, redactSensitiveValues(array.get(i), sensitive));
      }
      return node;
    }
    return sensitive && !node.isNull() ? TextNode.valueOf(REDACTED) : node;
  }
}
