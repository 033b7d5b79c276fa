package io.itwincontracts.sandbox.internal.json;

import io.itwincontracts.runtime.internal.JsonLimits;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of the sandbox: date-times as RFC 3339 text (not Jackson's default numbers), and absent
 * values left out rather than written as {@code null} where the schema does not allow null.
 */
public final class SandboxJson {
  /** The mapping itself. */
  public static final ObjectMapper MAPPER = JsonLimits.mapper()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private SandboxJson() {}
}
