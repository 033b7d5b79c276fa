package io.itwincontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InputFormat;
import com.networknt.schema.resource.InputStreamSource;
import io.itwincontracts.spec.SpecDocuments;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** networknt is served a bundled spec's JSON twin and reads it as JSON, though its address says .yaml. */
class BundledTwinsTest {
  private final BundledTwins twins = new BundledTwins();

  @Test
  void aBundledSpecIsServedFromItsTwinAndReadAsJson() throws IOException {
    InputStreamSource source = twins.getResource(new AbsoluteIri(SpecDocuments.BUNDLED + "edfs.yaml"));

    JsonNode read;
    try (InputStream in = source.getInputStream()) {
      assertThat(in.read()).as("the twin's first byte").isEqualTo('{');
    }
    try (InputStream in = source.getInputStream()) {
      read = twins.readTree(in, InputFormat.YAML);
    }
    try (InputStream yaml = getClass().getClassLoader().getResourceAsStream("openapi/edfs.yaml")) {
      assertThat(read).isEqualTo(YAMLMapper.builder().build().readTree(yaml));
    }
  }

  @Test
  void anotherAddressIsLeftToTheOtherLoaders() {
    assertThat(twins.getResource(new AbsoluteIri("file:/tmp/edfs.yaml"))).isNull();
    assertThat(twins.getResource(new AbsoluteIri("classpath:openapi/edfs.yaml"))).isNull();
  }

  @Test
  void aBundledFileThatDoesNotExistIsNamedWhenOpened() {
    InputStreamSource source = twins.getResource(new AbsoluteIri(SpecDocuments.BUNDLED + "no-such.yaml"));

    assertThatThrownBy(source::getInputStream).isInstanceOf(FileNotFoundException.class)
        .hasMessage("openapi/no-such.yaml is not on the class path");
  }

  @Test
  void aStreamThatIsNotATwinIsReadInTheFormatGiven() throws IOException {
    try (InputStream yaml = getClass().getClassLoader().getResourceAsStream("openapi/common.yaml")) {
      assertThat(twins.readTree(yaml, InputFormat.YAML).path("openapi").asText()).isEqualTo("3.0.3");
    }
  }
}
