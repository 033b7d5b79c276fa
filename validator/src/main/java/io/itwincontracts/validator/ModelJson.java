package io.itwincontracts.validator;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a typed body, a model of the generated client or server stubs, as the JSON the client sends: the models'
 * Jackson annotations (property names, enum values) apply, a property left null is left out, and a date-time is
 * ISO 8601 with the offset it holds. Jackson 3 reads the same annotations as the client's Jackson 2, so the
 * validator needs neither the client nor a second Jackson on the classpath.
 */
final class ModelJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private ModelJson() {}

  /** The body as JSON text; a {@link CharSequence} already is JSON text. */
  static String write(Object body) {
    if (body instanceof CharSequence json) {
      return json.toString();
    }
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write a " + body.getClass().getName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
