package io.itwincontracts.validator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.itwincontracts.runtime.internal.JsonLimits;

/**
 * Writes a typed body, a model of the generated client or server stubs, as the JSON the client sends: the models'
 * Jackson annotations (property names, enum values) apply, a property left null is left out, and a date-time is
 * ISO 8601 with the offset it holds. The validator needs no client on the classpath for it.
 */
final class ModelJson {
  private static final JsonMapper MAPPER = JsonLimits.mapper()
      .addModule(new JavaTimeModule())
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private ModelJson() {}

  /** The body as JSON text; a {@link CharSequence} already is JSON text. */
  static String write(Object body) {
    if (body instanceof CharSequence json) {
      return json.toString();
    }
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write a " + body.getClass().getName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
