package io.itwincontracts.conformance.internal.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a valid request puts in its path (and in a body property of the same name, such as a role ID): IDs
 * the server under test knows. By default the IDs of the sandbox's default data.
 */
public final class PathParameters {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final Map<String, String> values;

  private PathParameters(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The IDs of the sandbox's default data. */
  public static PathParameters sandboxDefaults() {
    try (InputStream in = PathParameters.class.getResourceAsStream("default-parameters.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      Map<String, String> values = new LinkedHashMap<>();
      properties.forEach((name, value) -> values.put((String) name, (String) value));
      return new PathParameters(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** These values with {@code name} set to {@code value} (raw: a path gets it as given, not encoded). */
  public PathParameters with(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.put(name, value);
    return new PathParameters(changed);
  }

  /** Every name and value. */
  public Map<String, String> values() {
    return values;
  }

  /** The value of {@code name}, or an {@link IllegalArgumentException} that names it. */
  public String value(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no value for the path parameter '" + name + "': give one with --param "
          + name + "=VALUE");
    }
    return value;
  }

  /** The template ({@code /edfs/itwins/{iTwinId}/systems}) with every parameter filled in. */
  public String path(String template) {
    Matcher parameters = PARAMETER.matcher(template);
    return parameters.replaceAll(m -> Matcher.quoteReplacement(encodedUnlessRaw(value(m.group(1)))));
  }

  /** An ID as users give it goes into the path encoded; a value that is already an escape sequence stays raw. */
  private static String encodedUnlessRaw(String value) {
    return value.contains("%") || value.contains("/") ? value
        : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
