package io.itwincontracts.sandbox.internal.http;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which operation a request is, from its method and path alone, before any API sees it: the specs' path templates
 * under each API's base path (the spec file's name), so the rule comes from the spec, not from a copy of it.
 */
final class OperationPaths {
  private record Template(String method, Pattern path, String operationId) {}

  /** Read from the specs when a request first needs them, so that starting a sandbox does not wait for the YAML. */
  private volatile List<Template> templates;

  /** The operationId of a request, or empty for a path no operation has. */
  Optional<String> operationOf(String method, String path) {
    List<Template> known = templates;
    if (known == null) {
      // two threads may both build it: the same list, no lock on the request path
      known = ContractValidator.bundled().operations().stream().map(OperationPaths::template).toList();
      templates = known;
    }
    return known.stream().filter(t -> t.method().equals(method) && t.path().matcher(path).matches())
        .map(Template::operationId).findFirst();
  }

  private static Template template(Operation operation) {
    String template = "/" + operation.spec().replaceFirst("\\.yaml$", "") + operation.path();
    StringBuilder regex = new StringBuilder();
    for (String literal : template.split("\\{[^}/]+}", -1)) {
      regex.append(regex.isEmpty() ? "" : "[^/]+").append(Pattern.quote(literal));
    }
    return new Template(operation.method(), Pattern.compile(regex.toString()), operation.operationId());
  }
}
