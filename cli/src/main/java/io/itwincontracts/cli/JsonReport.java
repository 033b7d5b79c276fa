package io.itwincontracts.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.itwincontracts.validator.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON document, written as the payloads are validated:
 * {@code {"results":[{"source":…,"valid":…,"violations":[{"pointer","keyword","message"}]}],"valid":N,"invalid":M}}.
 */
final class JsonReport implements Report {
  /** One step of writing; the generator's I/O errors are the writer's, which a PrintWriter does not throw. */
  @FunctionalInterface
  private interface Step {
    void write(JsonGenerator json) throws IOException;
  }

  private final JsonGenerator json;
  private int valid;
  private int invalid;

  JsonReport(PrintWriter out) {
    try {
      json = JsonMapper.builder().build().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("results");
    });
  }

  @Override
  public void add(String source, List<Violation> violations) {
    if (violations.isEmpty()) {
      valid++;
    } else {
      invalid++;
    }
    write(json -> {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeBooleanField("valid", violations.isEmpty());
      json.writeArrayFieldStart("violations");
      for (Violation violation : violations) {
        json.writeStartObject();
        json.writeStringField("pointer", violation.pointer());
        json.writeStringField("keyword", violation.keyword());
        json.writeStringField("message", violation.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  @Override
  public void finish() {
    write(json -> {
      json.writeEndArray();
      json.writeNumberField("valid", valid);
      json.writeNumberField("invalid", invalid);
      json.writeEndObject();
      json.close();
    });
  }

  @Override
  public int invalid() {
    return invalid;
  }

  private void write(Step step) {
    try {
      step.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON report", e);
    }
  }
}
