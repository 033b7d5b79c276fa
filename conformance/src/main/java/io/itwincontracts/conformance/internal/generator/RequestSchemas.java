package io.itwincontracts.conformance.internal.generator;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.spec.SpecDocuments.Located;
import io.itwincontracts.spec.SpecDocuments;
import io.itwincontracts.validator.Operation;
import java.util.Locale;

/**
 * The request body schemas of the bundled specs, read through the validator's own spec reader with local and
 * cross-file {@code $ref}s followed: the generators mutate a payload where the schema says it can break, and build
 * valid ones from it. Keeps each spec file once read.
 */
public final class RequestSchemas {
  private final SpecDocuments specs = new SpecDocuments();

  /** The operation's request body schema, resolved; a missing node if it has no body. */
  JsonNode requestSchema(Operation operation) {
    Located schema = specs.root(SpecDocuments.bundled(operation.spec())).child("paths").child(operation.path())
        .child(operation.method().toLowerCase(Locale.ROOT)).child("requestBody").child("content")
        .child("application/json").child("schema");
    return specs.resolveOrMissing(schema).node();
  }

  /** The node itself, or what its {@code $ref} points to (in the same file or a sibling spec file). */
  JsonNode resolve(String file, JsonNode node) {
    return specs.resolveOrMissing(new Located(SpecDocuments.bundled(file), "", node)).node();
  }
}
