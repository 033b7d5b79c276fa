package io.itwincontracts.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds what is wrong with a spec file, each problem prefixed with the file it is in.
 *
 * <p>swagger-parser reports YAML syntax errors with line and column, but for an unresolvable external
 * {@code $ref} it names only the target and stops resolving at the first failure. So every {@code $ref} is also
 * followed here, and a dangling one is reported with the JSON pointer of the place that holds it.
 */
final class SpecCheck {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SpecCheck() {}

  static List<String> problems(Path spec) {
    List<String> problems = new ArrayList<>();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    var result = new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
    for (String message : result.getMessages()) {
      problems.add(spec.getFileName() + ": " + message);
    }
    JsonNode root = read(spec, problems);
    if (root != null) {
      checkRefs(spec, root, "", problems);
    }
    return problems;
  }

  private static JsonNode read(Path file, List<String> problems) {
    try {
      return YAML.readTree(Files.readString(file));
    } catch (IOException e) {
      // The YAML syntax error itself is already reported by swagger-parser with its line and column.
      return null;
    }
  }

  private static void checkRefs(Path spec, JsonNode node, String pointer, List<String> problems) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        checkRef(spec, ref.asText(), pointer + "/$ref", problems);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        checkRefs(spec, field.getValue(), pointer + "/" + escape(field.getKey()), problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkRefs(spec, node.get(i), pointer + "/" + i, problems);
      }
    }
  }

  private static void checkRef(Path spec, String ref, String where, List<String> problems) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String target = hash < 0 ? "" : ref.substring(hash + 1);
    Path targetFile = file.isEmpty() ? spec : spec.resolveSibling(file).normalize();
    String prefix = spec.getFileName() + ": " + where + ": '" + ref + "' ";
    if (!Files.isRegularFile(targetFile)) {
      problems.add(prefix + "points to a file that does not exist: " + targetFile.getFileName());
      return;
    }
    try {
      if (YAML.readTree(Files.readString(targetFile)).at(target).isMissingNode()) {
        problems.add(prefix + "points to nothing: " + targetFile.getFileName() + " has no " + target);
      }
    } catch (IOException e) {
      problems.add(prefix + "points into a file that cannot be read: " + e.getMessage());
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
