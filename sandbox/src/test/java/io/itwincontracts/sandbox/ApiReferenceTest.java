package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /docs over plain HTTP: what the page needs is served from the classpath, and nothing else is. */
class ApiReferenceTest {
  private static final Sandbox SANDBOX = Sandbox.builder().port(0).start();
  private static final SandboxHttp HTTP = new SandboxHttp(SANDBOX);

  @AfterAll
  static void stop() {
    SANDBOX.close();
  }

  @Test
  void pageLoadsSwaggerUiAndTheBundledSpecsFromTheSandboxItself() {
    HttpResponse<String> page = HTTP.get("/docs/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
    assertThat(page.body()).contains("src=\"swagger-ui/swagger-ui-bundle.js\"").doesNotContain("https://");
    assertThat(HTTP.get("/docs/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    assertThat(HTTP.get("/docs/swagger-ui/swagger-ui.css").statusCode()).isEqualTo(200);
    HttpResponse<String> spec = HTTP.get("/docs/openapi/edfs.yaml");
    assertThat(spec.statusCode()).isEqualTo(200);
    assertThat(spec.body()).contains("operationId: listSystems");
    assertThat(HTTP.get("/docs/openapi/common.yaml").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/docs/nope.html", "/docs/openapi/nope.yaml", "/docs/swagger-ui/index.txt",
      "/docs/openapi/%2e%2e%2fpom.xml", "/docs/a/b/c.js", "/docs/io/itwincontracts/sandbox/docs/index.html"})
  void anythingButThePageItsScriptsAndTheSpecsIsTheErrorJson404(String path) {
    HttpResponse<String> response = HTTP.get(path);

    assertThat(response.statusCode()).isIn(400, 404);
    assertThat(response.body()).startsWith("{\"error\":{\"code\":");
  }

  @Test
  void writingToTheReferenceIs405() {
    HttpResponse<String> response = HTTP.send(HTTP.request("/docs/").POST(HttpRequest.BodyPublishers.ofString("x")));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).startsWith("{\"error\":{\"code\":");
  }
}
