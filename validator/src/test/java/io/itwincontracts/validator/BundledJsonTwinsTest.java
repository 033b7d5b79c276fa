package io.itwincontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled specs' JSON twins (which the validator reads) hold exactly the trees of the YAML files beside them (the
 * source): a twin that fell behind its spec fails here.
 */
class BundledJsonTwinsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"common", "edfs", "synchronization", "itwins"})
  void eachTwinHoldsItsYamlsTree(String spec) throws IOException {
    JsonNode yaml = tree(YAMLMapper.builder().build(), "openapi/" + spec + ".yaml");
    JsonNode twin = tree(JsonMapper.builder().build(), "openapi/" + spec + ".json");

    assertThat(twin).isEqualTo(yaml);
  }

  private static JsonNode tree(ObjectMapper mapper, String resource) throws IOException {
    try (InputStream in = BundledJsonTwinsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the class path").isNotNull();
      return mapper.readTree(in);
    }
  }
}
