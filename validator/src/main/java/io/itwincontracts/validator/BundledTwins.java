package io.itwincontracts.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InputFormat;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.serialization.NodeReader;
import io.itwincontracts.spec.SpecDocuments;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * networknt's reading of the bundled specs, as {@link SpecDocuments} reads them: from their JSON twins when the
 * openapi artifact packs them, else from the YAML. networknt takes an address ending in {@code .yaml} for YAML, so the
 * twin's stream is marked and read as JSON; everything else is read as networknt would.
 */
final class BundledTwins implements ResourceLoader, NodeReader {
  private final NodeReader plain = NodeReader.builder().build();

  @Override
  public InputStreamSource getResource(AbsoluteIri iri) {
    String text = iri.toString();
    if (!text.startsWith(SpecDocuments.BUNDLED)) {
      return null;
    }
    return () -> {
      InputStream twin = SpecDocuments.openBundledTwin(URI.create(text));
      if (twin != null) {
        return new Twin(twin);
      }
      String yaml = SpecDocuments.CLASSPATH + text.substring(SpecDocuments.BUNDLED.length());
      InputStream in = BundledTwins.class.getClassLoader().getResourceAsStream(yaml);
      if (in == null) {
        throw new FileNotFoundException(yaml + " is not on the class path");
      }
      return in;
    };
  }

  @Override
  public JsonNode readTree(InputStream in, InputFormat format) throws IOException {
    return plain.readTree(in, in instanceof Twin ? InputFormat.JSON : format);
  }

  @Override
  public JsonNode readTree(String content, InputFormat format) throws IOException {
    return plain.readTree(content, format);
  }

  /** A twin's bytes: JSON, whatever the address's extension says. */
  private static final class Twin extends FilterInputStream {
    Twin(InputStream in) {
      super(in);
    }
  }
}
