package io.itwincontracts.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON form of a contract's YAML specs, written by the build beside them on the classpath ({@code
 * openapi/edfs.json} beside {@code openapi/edfs.yaml}): the same tree, which a fresh JVM reads in about two thirds
 * of the time SnakeYAML takes for the YAML (a CLI run reads the bundled specs before it can validate anything). {@link
 * SpecDocuments} reads a bundled spec's twin when there is one; every location and message still names the YAML
 * file, which stays the source.
 */
public final class JsonTwins {
  private static final String YAML_SUFFIX = ".yaml";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonTwins() {}

  /** The twin's file name of a spec's ({@code edfs.yaml} → {@code edfs.json}); null for a name not ending in .yaml. */
  public static String nameOf(String specFileName) {
    return specFileName.endsWith(YAML_SUFFIX)
        ? specFileName.substring(0, specFileName.length() - YAML_SUFFIX.length()) + ".json"
        : null;
  }

  /**
   * Writes the twin of every {@code *.yaml} file directly in {@code specs} into {@code into}, each through a
   * temporary file, so that no twin is ever half-written. A twin that is already what it would be is left alone (its
   * date too: what is packed from it is then up to date).
   *
   * @return the twins written (not those left alone), in file-name order
   * @throws SpecException naming the file and line of a spec that is not valid YAML, or has no mapping at its top
   * @throws IOException if a spec cannot be read or a twin written
   */
  public static List<Path> write(Path specs, Path into) throws IOException {
    List<Path> yamlFiles;
    try (Stream<Path> files = Files.list(specs)) {
      yamlFiles = files.filter(file -> file.getFileName().toString().endsWith(YAML_SUFFIX)).sorted().toList();
    }
    Files.createDirectories(into);
    List<Path> written = new ArrayList<>();
    for (Path spec : yamlFiles) {
      Path twin = into.resolve(nameOf(spec.getFileName().toString()));
      byte[] json = JSON.writeValueAsBytes(tree(spec));
      if (!Files.isRegularFile(twin) || !Arrays.equals(Files.readAllBytes(twin), json)) {
        Path partial = Files.createTempFile(into, twin.getFileName().toString(), ".partial");
        try {
          Files.write(partial, json);
          Files.move(partial, twin, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(partial);
        }
        written.add(twin);
      }
    }
    return written;
  }

  /** The tree a twin holds. */
  static JsonNode readTwin(InputStream in) throws IOException {
    return JSON.readTree(in);
  }

  private static JsonNode tree(Path spec) throws IOException {
    try (InputStream in = Files.newInputStream(spec)) {
      return SpecYaml.parse(in, spec.getFileName().toString());
    }
  }
}
