package io.itwincontracts.speccheck;

import io.itwincontracts.spec.SpecDocuments;
import io.itwincontracts.spec.SpecDocuments.Located;
import io.itwincontracts.spec.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The first stage: every spec file is YAML, and every {@code $ref} in it points to something. Each problem is one line
 * with the file and the JSON pointer of the {@code $ref} that holds it. The generators would otherwise stop on the
 * first one with a stack trace that names only the target, or resolve it to nothing and generate code without it.
 */
final class ParseCheck {
  private final SpecDocuments documents = new SpecDocuments();
  private final List<String> problems = new ArrayList<>();

  private ParseCheck() {}

  /** Every problem of one spec file; empty when it parses and all of its references resolve. */
  static List<String> problems(Path spec) {
    ParseCheck check = new ParseCheck();
    try {
      check.walk(check.documents.root(spec.toUri()));
    } catch (SpecException unreadable) {
      check.problems.add(unreadable.getMessage());
    }
    return check.problems;
  }

  private void walk(Located located) {
    JsonNode node = located.node();
    if (node.isObject()) {
      if (node.path("$ref").isTextual()) {
        checkRef(located);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(located.child(field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(located.element(i));
      }
    }
  }

  private void checkRef(Located holder) {
    String ref = holder.node().get("$ref").asText();
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    if (!file.isEmpty() && !Files.isRegularFile(Path.of(holder.document().resolve(file)))) {
      problems.add(holder.fileName() + ": " + holder.pointer() + "/$ref: '" + ref
          + "' points to a file that does not exist: " + Path.of(file).getFileName());
      return;
    }
    try {
      documents.resolve(holder);
    } catch (SpecException dangling) {
      problems.add(dangling.getMessage());
    }
  }
}
