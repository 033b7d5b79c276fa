package io.itwincontracts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.spec.SpecDocuments.Located;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The spec tree under {@code src/test/resources/specs} read through {@link SpecDocuments}: relative {@code $ref}s
 * followed across files as the generators and networknt follow them, JSON pointers as RFC 6901 writes them, and
 * every unusable spec refused with a message naming the file and the place. Nodes are compared as JSON text.
 */
class SpecDocumentsTest {
  private static final URI API = spec("specs/api.yaml");
  /** As a relative reference resolves against {@link #API} ({@code file:/...}: URI.resolve drops the empty authority). */
  private static final URI COMMON = API.resolve("shared/common.yaml");

  private final SpecDocuments specs = new SpecDocuments();

  @Test
  void aRelativeRefIsFollowedIntoTheFileItNames() {
    Located resolved = specs.resolve(widgetSchema());

    assertThat(resolved.document()).isEqualTo(COMMON).isEqualTo(spec("specs/shared/common.yaml"));
    assertThat(resolved.pointer()).isEqualTo("/components/schemas/Widget");
    assertThat(resolved.fileName()).isEqualTo("common.yaml");
    assertThat(resolved.child("properties").child("name").node().toString())
        .isEqualTo("{\"type\":\"string\",\"maxLength\":10}");
  }

  @Test
  void aLocalRefInAReferencedFileResolvesInThatFile() {
    Located notFound = specs.resolve(responses().child("404"));
    Located schema = specs.resolve(notFound.child("content").child("application/json").child("schema"));

    assertThat(notFound.location()).isEqualTo(COMMON + "#/components/responses/NotFound");
    assertThat(schema.location()).isEqualTo(COMMON + "#/components/schemas/Error");
    assertThat(schema.node().toString()).isEqualTo("{\"type\":\"object\",\"required\":[\"code\"]}");
  }

  @Test
  void pointersEscapeSlashAndTildeInKeys() {
    Located path = specs.root(API).child("paths").child("/widgets/{id}");
    Located oddName = specs.root(API).child("components").child("schemas").child("a~b/c");

    assertThat(path.pointer()).isEqualTo("/paths/~1widgets~1{id}");
    assertThat(path.location()).isEqualTo(API + "#/paths/~1widgets~1{id}");
    assertThat(oddName.pointer()).isEqualTo("/components/schemas/a~0b~1c");
    assertThat(oddName.exists()).isTrue();
    assertThat(oddName.node().toString()).isEqualTo("{\"type\":\"string\"}");
  }

  @Test
  void anAbsentKeyOrElementIsAMissingNodeNotAnError() {
    Located root = specs.root(API);

    assertThat(root.child("webhooks").exists()).isFalse();
    assertThat(root.child("webhooks").pointer()).isEqualTo("/webhooks");
    assertThat(root.child("openapi").element(3).exists()).isFalse();
    assertThat(root.child("openapi").element(3).pointer()).isEqualTo("/openapi/3");
  }

  @Test
  void aDanglingRefIsRefusedNamingTheFileTheRefAndWhatIsMissing() {
    Located conflict = responses().child("409");

    assertThatThrownBy(() -> specs.resolve(conflict)).isInstanceOf(SpecException.class)
        .hasMessage("api.yaml: /paths/~1widgets~1{id}/get/responses/409/$ref: "
            + "'./shared/common.yaml#/components/schemas/Nothing' points to nothing: common.yaml has no "
            + "/components/schemas/Nothing");
  }

  @Test
  void resolveOrMissingAnswersADanglingRefWithAMissingNodeWhereTheRefIs() {
    Located conflict = responses().child("409");

    Located missing = specs.resolveOrMissing(conflict);

    assertThat(missing.exists()).isFalse();
    assertThat(missing.location()).isEqualTo(conflict.location());
    assertThat(specs.resolveOrMissing(widgetSchema()).location()).isEqualTo(COMMON + "#/components/schemas/Widget");
  }

  @Test
  void aRefCycleIsRefusedInsteadOfFollowedForever() {
    Located loop = specs.root(API).child("components").child("schemas").child("Loop");

    assertThatThrownBy(() -> specs.resolve(loop)).isInstanceOf(SpecException.class)
        .hasMessage(API + "#/components/schemas/Loop: $ref cycle");
  }

  @Test
  void schemaLocationIsWhereARefPointsOrTheNodesOwnPlace() {
    Located ref = widgetSchema();
    Located inline = specs.resolve(ref).child("properties").child("name");

    assertThat(SpecDocuments.schemaLocation(ref)).isEqualTo(COMMON + "#/components/schemas/Widget");
    assertThat(SpecDocuments.schemaLocation(inline)).isEqualTo(COMMON + "#/components/schemas/Widget/properties/name");
  }

  @Test
  void loadedListsTheDocumentsInTheOrderTheyWereFirstReached() {
    assertThat(specs.loaded()).isEmpty();

    specs.resolve(widgetSchema());
    specs.resolve(responses().child("404"));

    assertThat(specs.loaded()).containsExactly(API, COMMON);
  }

  @Test
  void aBundledSpecIsReadFromTheClasspathAndItsRefsStayBundled() {
    URI sample = SpecDocuments.bundled("sample.yaml");

    Located error = specs.resolve(specs.root(sample).child("components").child("schemas").child("Error"));

    assertThat(sample).hasToString("https://contracts.invalid/openapi/sample.yaml");
    assertThat(specs.root(sample).child("info").child("title").node().toString()).isEqualTo("\"Bundled sample\"");
    assertThat(error.location()).isEqualTo("https://contracts.invalid/openapi/sample-common.yaml#/components/schemas/Error");
    assertThat(error.node().toString()).isEqualTo("{\"type\":\"object\"}");
  }

  @Test
  void aBundledSpecWithAJsonTwinIsReadFromTheTwinAndStillNamedByItsYaml() {
    URI twinned = SpecDocuments.bundled("twinned.yaml");

    Located title = specs.root(twinned).child("info").child("title");

    // the two files differ only here, so that the test can tell which one was read
    assertThat(title.node().asText()).isEqualTo("read from the twin");
    assertThat(title.location()).isEqualTo("https://contracts.invalid/openapi/twinned.yaml#/info/title");
    assertThat(title.fileName()).isEqualTo("twinned.yaml");
  }

  @Test
  void aSpecOutsideTheClasspathIsReadFromItsYamlEvenWithAJsonFileBesideIt() throws Exception {
    URI besideATwin = SpecDocumentsTest.class.getClassLoader().getResource("openapi/twinned.yaml").toURI();

    assertThat(specs.root(besideATwin).child("info").child("title").node().asText()).isEqualTo("read from the YAML");
  }

  @Test
  void invalidYamlIsRefusedNamingTheFileLineAndColumn() {
    assertThatThrownBy(() -> specs.root(spec("specs/broken.yaml"))).isInstanceOf(SpecException.class)
        .hasMessageStartingWith("broken.yaml: not valid YAML at line 5, column 6: ");
  }

  @Test
  void aDocumentThatIsNotAMappingIsRefused() {
    assertThatThrownBy(() -> specs.root(spec("specs/a-list.yaml"))).isInstanceOf(SpecException.class)
        .hasMessage("a-list.yaml: not an OpenAPI document (no YAML mapping at the top)");
  }

  @Test
  void aMissingFileIsRefusedNamingIt() {
    URI missing = API.resolve("no-such.yaml");

    assertThatThrownBy(() -> specs.root(missing)).isInstanceOf(SpecException.class)
        .hasMessage(missing.getPath() + ": no such file");
    assertThatThrownBy(() -> specs.root(SpecDocuments.bundled("no-such.yaml"))).isInstanceOf(SpecException.class)
        .hasMessage("/openapi/no-such.yaml: no such file");
  }

  private Located responses() {
    return specs.root(API).child("paths").child("/widgets/{id}").child("get").child("responses");
  }

  private Located widgetSchema() {
    return responses().child("200").child("content").child("application/json").child("schema");
  }

  private static URI spec(String resource) {
    URL url = SpecDocumentsTest.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI()).toUri();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
