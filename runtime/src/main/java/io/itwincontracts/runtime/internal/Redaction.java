package io.itwincontracts.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
 * Takes the secrets of one exchange out of anything written about it: the client's log lines and exception
 * messages, the proxy's printed violations, recordings and replay files. The one place that says what a secret is.
 *
 * <p>Two nets: JSON values under a sensitive key ({@code credentials}, {@code password}, {@code token},
 * {@code cookie}...) are replaced wherever they appear, and the exact secrets the request sent (its sensitive
 * header values, the values under sensitive keys of its body) are replaced in any text, so a server that echoes
 * them in a message or a non-JSON page does not leak them either (values under four characters excepted: replacing
 * "sa" everywhere would garble every message; the JSON net still covers those).
 */
public final class Redaction {
  /** What a secret is replaced with. */
  public static final String REDACTED = "REDACTED";
  private static final int MIN_SCRUBBED_LENGTH = 4;
  private static final Pattern SENSITIVE_KEY =
      Pattern.compile("(?i).*(credential|password|secret|token|authorization|api[-_]?key|cookie).*");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer)\\s+[^\\s\"',;]+");
  private static final Pattern SCHEME = Pattern.compile("(?i)^\\s*(bearer|basic|token)\\b\\s*");
  private static final JsonMapper JSON = JsonLimits.mapper().build();

  private final List<String> secrets;

  private Redaction(Set<String> secrets) {
    this.secrets = new ArrayList<>(secrets);
    this.secrets.removeIf(secret -> secret.strip().length() < MIN_SCRUBBED_LENGTH);
    this.secrets.sort(Comparator.comparingInt(String::length).reversed());
  }

  /** The redaction of a request: its sensitive header values and the sensitive values of its JSON body. */
  public static Redaction forRequest(List<Map.Entry<String, String>> headers, byte[] body) {
    return new Redaction(secretsOf(headers, body));
  }

  /** The same for headers with several values each (Feign's and JAX-RS's shape). */
  public static Redaction forRequest(Map<String, ? extends Collection<String>> headers, byte[] body) {
    List<Map.Entry<String, String>> flat = new ArrayList<>();
    headers.forEach((name, values) -> values.forEach(value -> flat.add(Map.entry(name, value))));
    return forRequest(flat, body);
  }

  /** The redaction of every secret given, such as all a proxy session has seen. */
  public static Redaction of(Set<String> secrets) {
    return new Redaction(secrets);
  }

  /** The secrets a request carries: its sensitive header values and the values under sensitive keys of its body. */
  public static Set<String> secretsOf(List<Map.Entry<String, String>> headers, byte[] body) {
    Set<String> secrets = new HashSet<>();
    for (Map.Entry<String, String> header : headers) {
      if (isSensitive(header.getKey())) {
        // the credential without its scheme, so that a written header still says which scheme it was
        secrets.add(SCHEME.matcher(header.getValue()).replaceFirst(""));
      }
    }
    collect(readJson(body), false, secrets);
    return secrets;
  }

  /** Whether a header name or JSON key holds a secret. */
  public static boolean isSensitive(String name) {
    return SENSITIVE_KEY.matcher(name).matches();
  }

  /** The header value as it may be written: REDACTED for a sensitive header, else the text with secrets out. */
  public String header(String name, String value) {
    return isSensitive(name) ? REDACTED : text(value);
  }

  /** The text with every known secret and any bearer token replaced; null stays null. */
  public String text(String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, REDACTED);
    }
    return BEARER.matcher(redacted).replaceAll("$1 " + REDACTED);
  }

  /** A body as text: JSON with its sensitive values replaced, or any other text with the known secrets replaced. */
  public String body(byte[] body) {
    if (body == null) {
      return "";
    }
    JsonNode json = readJson(body);
    if (json == null) {
      return text(new String(body, StandardCharsets.UTF_8));
    }
    try {
      return text(JSON.writeValueAsString(redact(json, false)));
    } catch (IOException e) {
      return "[" + body.length + "-byte body not shown: " + e.getClass().getSimpleName() + "]";
    }
  }

  /** The body itself when it holds no secret (its bytes kept as they are), else {@link #body(byte[])}. */
  public byte[] bodyBytes(byte[] body) {
    String redacted = body(body);
    return redacted.equals(new String(body, StandardCharsets.UTF_8)) ? body : redacted.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode readJson(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isContainerNode() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static void collect(JsonNode node, boolean sensitive, Set<String> into) {
    if (node instanceof ObjectNode object) {
      object.properties().forEach(p -> collect(p.getValue(), sensitive || isSensitive(p.getKey()), into));
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> collect(element, sensitive, into));
    } else if (sensitive && node != null && !node.isNull()) {
      into.add(node.asText());
    }
  }

  private static JsonNode redact(JsonNode node, boolean sensitive) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.properties().stream().map(Map.Entry::getKey).toList())) {
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
    return sensitive && !node.isNull() ? TextNode.valueOf(REDACTED) : node;
  }
}
