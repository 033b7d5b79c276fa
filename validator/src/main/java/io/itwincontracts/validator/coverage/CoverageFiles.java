package io.itwincontracts.validator.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.runtime.internal.WholeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The coverage file format: {@code {"format": "itwin-contracts-coverage/1", "entries": [...]}}. */
final class CoverageFiles {
  static final String FORMAT = "itwin-contracts-coverage/1";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CoverageFiles() {}

  static ApiCoverage read(List<Path> filesOrDirectories) throws IOException {
    List<CoverageEntry> entries = new ArrayList<>();
    for (Path given : filesOrDirectories) {
      if (Files.isDirectory(given)) {
        try (Stream<Path> files = Files.list(given)) {
          for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
            entries.addAll(readFile(file));
          }
        }
      } else if (Files.exists(given)) {
        entries.addAll(readFile(given));
      } else {
        throw new NoSuchFileException(given.toString(), null, "no coverage file or directory");
      }
    }
    return new ApiCoverage(entries);
  }

  private static List<CoverageEntry> readFile(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + " line " + e.getLocation().getLineNr() + ": not JSON: "
          + e.getOriginalMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("entries").isArray()) {
      throw new IllegalArgumentException(file + ": not a coverage file (\"format\" must be \"" + FORMAT
          + "\", with an \"entries\" array)");
    }
    List<CoverageEntry> entries = new ArrayList<>();
    for (int i = 0; i < root.get("entries").size(); i++) {
      JsonNode e = root.get("entries").get(i);
      if (!e.path("operationId").isTextual() || !e.path("status").canConvertToInt() || !e.path("count").isIntegralNumber()) {
        throw new IllegalArgumentException(file + " /entries/" + i + ": an entry needs operationId, status and count");
      }
      entries.add(new CoverageEntry(e.path("source").asText("unknown"), e.get("operationId").asText(),
          e.get("status").asInt(), text(e, "errorCode"), e.path("fault").asBoolean(), text(e, "outcome"),
          e.get("count").asLong()));
    }
    return entries;
  }

  private static String text(JsonNode entry, String field) {
    return entry.path(field).isTextual() ? entry.get(field).asText() : null;
  }

  static void write(ApiCoverage coverage, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
    ArrayNode entries = root.putArray("entries");
    for (CoverageEntry e : coverage.entries()) {
      entries.addObject().put("source", e.source()).put("operationId", e.operationId()).put("status", e.status())
          .put("errorCode", e.errorCode()).put("fault", e.fault()).put("outcome", e.outcome()).put("count", e.count());
    }
    WholeFile.write(file, JSON.writeValueAsBytes(root));
  }
}
