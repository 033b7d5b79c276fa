package io.itwincontracts.conformance.internal.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.itwincontracts.runtime.internal.JsonLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads proxy recordings (NDJSON, one exchange a line), all of them before anything is made from them: a line
 * that is not a recorded exchange fails the whole read, naming the file and line.
 */
public final class RecordingReader {
  private static final JsonMapper JSON = JsonLimits.mapper().build();

  private RecordingReader() {}

  /**
   * The exchanges of every recording, in the order they happened (by their time, then file and line).
   *
   * @throws IOException if a recording cannot be read
   * @throws IllegalArgumentException naming the file and line of the first line that is not a recorded exchange
   */
  public static List<RecordedExchange> read(List<Path> recordings) throws IOException {
    List<RecordedExchange> exchanges = new ArrayList<>();
    for (Path recording : recordings) {
      if (!Files.isRegularFile(recording)) {
        throw new NoSuchFileException(recording.toString(), null, "no recording");
      }
      try (BufferedReader in = Files.newBufferedReader(recording, StandardCharsets.UTF_8)) {
        int number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          number++;
          if (!text.isBlank()) {
            exchanges.add(exchange(recording, number, text));
          }
        }
      }
    }
    // by the instant, not the text: Instant.toString() leaves out a zero fraction ("…:01Z" after "…:01.2Z" as text);
    // a stable sort keeps each file's order for equal times
    exchanges.sort(Comparator.comparing(exchange -> Instant.parse(exchange.time())));
    return exchanges;
  }

  private static RecordedExchange exchange(Path file, int number, String text) {
    JsonNode line;
    try {
      line = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + " line " + number + ": not JSON (a recording has one exchange a "
          + "line, as `itwin-contracts proxy --record` writes it; a truncated recording ends mid-line): "
          + e.getOriginalMessage());
    }
    JsonNode request = line.path("request");
    JsonNode response = line.path("response");
    if (!line.path("time").isTextual() || !request.path("method").isTextual() || !request.path("target").isTextual()
        || !response.path("status").canConvertToInt()) {
      throw new IllegalArgumentException(file + " line " + number + ": not a recorded exchange (needs \"time\", "
          + "\"request\" with \"method\" and \"target\", and \"response\" with \"status\")");
    }
    try {
      Instant.parse(line.get("time").asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(file + " line " + number + ": \"time\" is not an ISO-8601 instant: "
          + line.get("time").asText());
    }
    String target = request.get("target").asText();
    int query = target.indexOf('?');
    String responseText = response.path("body").asText("");
    return new RecordedExchange(file, number, line.get("time").asText(),
        line.path("operation").isTextual() ? line.get("operation").asText() : null,
        query < 0 ? target : target.substring(0, query), query < 0 ? null : target.substring(query + 1),
        json(request.path("body").asText("")), response.get("status").asInt(), json(responseText), responseText,
        headers(response.path("headers")));
  }

  private static Map<String, String> headers(JsonNode headers) {
    Map<String, String> byName = new LinkedHashMap<>();
    headers.fields().forEachRemaining(h -> byName.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asText()));
    return byName;
  }

  private static JsonNode json(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }
}
