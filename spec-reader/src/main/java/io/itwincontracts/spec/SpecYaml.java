package io.itwincontracts.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * A spec's YAML read into a tree, for {@link SpecDocuments} and {@link JsonTwins}. Its mapper is made on first use:
 * a run that reads only JSON twins loads no YAML classes.
 */
final class SpecYaml {
  private SpecYaml() {}

  /**
   * The tree of one spec's YAML.
   *
   * @throws SpecException naming the file and the line when it is not valid YAML, or has no mapping at its top
   */
  static JsonNode parse(InputStream in, String fileName) throws IOException {
    try {
      JsonNode tree = Mapper.YAML.readTree(in);
      if (tree == null || !tree.isObject()) {
        throw new SpecException(fileName + ": not an OpenAPI document (no YAML mapping at the top)");
      }
      return tree;
    } catch (JacksonException e) {
      throw new SpecException(fileName + ": not valid YAML at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }
  }

  private static final class Mapper {
    static final YAMLMapper YAML = YAMLMapper.builder().build();
  }
}
