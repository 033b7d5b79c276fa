package io.itwincontracts.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Takes the secrets of one exchange out of anything written about it (replay files, recordings, printed lines):
 * the client's rules (its {@code Redactor}) on Jackson 3, because this module has no Feign or Jackson 2. Two nets:
 * JSON values under a sensitive key ({@code credentials}, {@code password}, {@code token}...) are replaced, and
 * the exact secrets the request sent (its bearer token, the values under sensitive keys of its body) are replaced
 * in any text, so an echo in a message or a non-JSON page is caught too.
 */
final class Redaction {
  static final String REDACTED = "REDACTED";
  /** Shorter values are not searched for in free text: replacing "sa" everywhere would garble every message. */
  private static final int MIN_SCRUBBED_LENGTH = 4;
  private static final Pattern SENSITIVE_KEY =
      Pattern.compile("(?i).*(credential|password|secret|token|authorization|api[-_]?key|cookie).*");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer)\\s+[^\\s\"',;]+");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<String> secrets;

  private Redaction(Set<String> secrets) {
    this.secrets = new ArrayList<>(secrets);
    this.secrets.removeIf(secret -> secret.strip().length() < MIN_SCRUBBED_LENGTH);
    this.secrets.sort(Comparator.comparingInt(String::length).reversed());
  }

  /** The redaction of a request: its sensitive header values and the sensitive values of its JSON body. */
  static Redaction forRequest(List<Map.Entry<String, String>> headers, byte[] body) {
    return new Redaction(secretsOf(headers, body));
  }

  /** The redaction of every secret given, such as all a proxy session has seen. */
  static Redaction of(Set<String> secrets) {
    return new Redaction(secrets);
  }

  /** The secrets a request carries: its sensitive header values and the values under sensitive keys of its body. */
  static Set<String> secretsOf(List<Map.Entry<String, String>> headers, byte[] body) {
    Set<String> secrets = new HashSet<>();
    for (Map.Entry<String, String> header : headers) {
      if (isSensitive(header.getKey())) {
        // the credential without its scheme, so that a written header still says which scheme it was
        secrets.add(header.getValue().replaceFirst("(?i)^\\s*(bearer|basic|token)\\b\\s*", ""));
      }
    }
    collect(readJson(body), false, secrets);
    return secrets;
  }

  static boolean isSensitive(String name) {
    return SENSITIVE_KEY.matcher(name).matches();
  }

  /** The header value as it may be written: REDACTED for a sensitive header, else the text with secrets out. */
  String header(String name, String value) {
    return isSensitive(name) ? REDACTED : text(value);
  }

  /** The text with every known secret and any bearer token replaced. */
  String text(String text) {
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, REDACTED);
    }
    return BEARER.matcher(redacted).replaceAll("$1 " + REDACTED);
  }

  /** A body as text: JSON with its sensitive values replaced, or any other text with the known secrets replaced. */
  String body(byte[] body) {
    if (body == null) {
      return "";
    }
    JsonNode json = readJson(body);
    return text(json == null ? new String(body, StandardCharsets.UTF_8) : JSON.writeValueAsString(redact(json, false)));
  }

  /** The body itself when it holds no secret (its bytes kept as they are), else {@link #body(byte[])}. */
  byte[] bodyBytes(byte[] body) {
    String redacted = body(body);
    return redacted.equals(new String(body, StandardCharsets.UTF_8)) ? body : redacted.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode readJson(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isContainer() ? node : null;
    } catch (JacksonException notJson) {
      return null;
    }
  }

  private static void collect(JsonNode node, boolean sensitive, Set<String> into) {
    if (node instanceof ObjectNode object) {
      object.properties().forEach(p -> collect(p.getValue(), sensitive || isSensitive(p.getKey()), into));
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> collect(element, sensitive, into));
    } else if (sensitive && node != null && !node.isNull()) {
      into.add(node.asString());
    }
  }

  private static JsonNode redact(JsonNode node, boolean sensitive) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        object.set(name, redact(object.get(name), sensitive || isSensitive(name)));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, redact(array.get(i), sensitive));
      }
      return array;
    }
    return sensitive && !node.isNull() ? StringNode.valueOf(REDACTED) : node;
  }
}
