package io.itwincontracts.conformance.internal.proxy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.runtime.internal.JsonLimits;
import io.itwincontracts.runtime.internal.Redaction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The proxy's exchanges as NDJSON, one line each, with the secrets out: sensitive headers read {@code REDACTED},
 * and so do the values under sensitive keys of the bodies and any echo of the request's token or credentials.
 */
public final class ExchangeRecording implements AutoCloseable {
  private static final JsonMapper JSON = JsonLimits.mapper().build();

  private final BufferedWriter out;

  /** Starts the recording in {@code file}, replacing it. */
  public ExchangeRecording(Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  synchronized void record(Redaction redaction, String operation, String method, String target,
      List<Map.Entry<String, String>> requestHeaders, byte[] requestBody, Answer answer, List<String> violations) {
    ObjectNode line = JSON.createObjectNode().put("time", Instant.now().toString()).put("operation", operation);
    ObjectNode request = line.putObject("request").put("method", method).put("target", redaction.text(target));
    ObjectNode sent = request.putObject("headers");
    requestHeaders.forEach(h -> sent.put(h.getKey().toLowerCase(java.util.Locale.ROOT), redaction.header(h.getKey(), h.getValue())));
    request.put("body", redaction.body(requestBody));
    ObjectNode response = line.putObject("response").put("status", answer.status());
    ObjectNode received = response.putObject("headers");
    answer.headers().forEach((name, value) -> received.put(name, redaction.header(name, value)));
    response.put("body", redaction.text(redaction.body(answer.body().getBytes(StandardCharsets.UTF_8))));
    violations.forEach(v -> line.withArray("violations").add(redaction.text(v)));
    try {
      out.write(JSON.writeValueAsString(line));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
