package io.itwincontracts.contracttests;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Validate a payload" snippet, kept here so that it cannot drift from the code. */
class ReadmeSnippetsTest {

  @Test
  void readmeValidationSnippetReportsTheTooLongSystemType() {
    String json = "{\"name\": \"Development Sql Server\", \"systemType\": \"" + "x".repeat(151) + "\"}";

    // README: Validate a payload
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30());
    Schema body = registry.getSchema(
        SchemaLocation.of("classpath:openapi/edfs.yaml#/components/schemas/SaveUserSystemCredentialDto"));
    List<Error> violations = body.validate(json, InputFormat.JSON);
    // violations.get(0).toString() -> "/systemType: must be at most 150 characters long"
    // README end

    assertThat(violations).extracting(Error::toString)
        .containsExactly("/systemType: must be at most 150 characters long");
  }
}
