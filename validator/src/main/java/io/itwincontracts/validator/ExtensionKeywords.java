package io.itwincontracts.validator;

import com.networknt.schema.SchemaContext;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import java.util.Set;

/**
 * The OpenAPI 3.0 dialect with every specification extension ({@code x-sensitive}, and any {@code x-} a spec adds)
 * known as an annotation: networknt otherwise warns "Unknown keyword" through SLF4J for each one, into the log of
 * every application that validates. The fields of the OpenAPI document's root ({@code openapi}, {@code paths}...)
 * are annotations too: networknt 2.0 reads the root of a spec file as a schema when a {@code $ref} points into it.
 * Any other unknown keyword is still reported as networknt does.
 */
final class ExtensionKeywords {
  private static final String EXTENSION_PREFIX = "x-";
  private static final Set<String> DOCUMENT_FIELDS = Set.of("openapi", "info", "servers", "paths", "components",
      "security", "tags", "externalDocs");

  private ExtensionKeywords() {}

  static Dialect openApi30() {
    return Dialect.builder(Dialects.getOpenApi30()).unknownKeywordFactory(ExtensionKeywords::keyword).build();
  }

  private static Keyword keyword(String name, SchemaContext context) {
    return name.startsWith(EXTENSION_PREFIX) || DOCUMENT_FIELDS.contains(name)
        ? new AnnotationKeyword(name)
        : UnknownKeywordFactory.getInstance().getKeyword(name, context);
  }
}
