package io.itwincontracts.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.itwincontracts.runtime.internal.JsonLimits;

/**
 * The one Jackson configuration of the client: a tolerant reader (a property the server adds later does not fail
 * a call), ISO-8601 dates, and no nulls sent for properties the caller left unset. A date-time keeps the offset the
 * server sent: Jackson would otherwise move every {@code OffsetDateTime} to UTC, losing the server's local time.
 */
final class ClientObjectMapper {
  private ClientObjectMapper() {}

  static ObjectMapper create() {
    return JsonLimits.mapper()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
