package io.itwincontracts.cli;

import io.itwincontracts.validator.Violation;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON document, written as the payloads are validated:
 * {@code {"results":[{"source":…,"valid":…,"violations":[{"pointer","keyword","message"}]}],"valid":N,"invalid":M}}.
 */
final class JsonReport implements Report {
  private final JsonGenerator json;
  private int valid;
  private int invalid;

  JsonReport(PrintWriter out) {
    json = JsonMapper.builder().build().createGenerator(out);
    json.writeStartObject();
    json.writeArrayPropertyStart("results");
  }

  @Override
  public void add(String source, List<Violation> violations) {
    if (violations.isEmpty()) {
      valid++;
    } else {
      invalid++;
    }
    json.writeStartObject();
    json.writeStringProperty("source", source);
    json.writeBooleanProperty("valid", violations.isEmpty());
    json.writeArrayPropertyStart("violations");
    for (Violation violation : violations) {
      json.writeStartObject();
      json.writeStringProperty("pointer", violation.pointer());
      json.writeStringProperty("keyword", violation.keyword());
      json.writeStringProperty("message", violation.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void finish() {
    json.writeEndArray();
    json.writeNumberProperty("valid", valid);
    json.writeNumberProperty("invalid", invalid);
    json.writeEndObject();
    json.close();
  }

  @Override
  public int invalid() {
    return invalid;
  }
}
