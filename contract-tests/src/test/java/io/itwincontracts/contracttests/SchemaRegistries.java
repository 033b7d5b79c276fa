package io.itwincontracts.contracttests;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/** The one networknt registry of the suite: OpenAPI 3.0 dialect (so {@code nullable} counts), specs from the classpath. */
final class SchemaRegistries {
  private static final SchemaRegistry OPENAPI_30 = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
      builder -> builder.schemaIdResolvers(r -> r.mapPrefix(SpecDocuments.BASE, "classpath:openapi/")));

  private SchemaRegistries() {}

  static Schema schema(String location) {
    return OPENAPI_30.getSchema(SchemaLocation.of(location));
  }
}
