package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SandboxDataTest {

  @Test
  void anotherDataFileReplacesTheDefaults() {
    try (Sandbox sandbox = Sandbox.builder().data(resource("data/custom-data.json")).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);

      var created = http.send("POST", "/itwins/11111111-2222-4333-8444-555555555555/repositories/wms/resources",
          "{\"id\": \"a\", \"displayName\": \"A\"}");
      var defaultITwin = http.get("/edfs/itwins/" + SandboxHttp.ITWIN + "/systems");

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.body()).contains("\"subClass\":\"WebMapTileService\"");
      assertThat(defaultITwin.statusCode()).as("the default user here lacks edfs_credmng").isEqualTo(404);
    }
  }

  @Test
  void defaultDataConstantsNameTheBundledSeedData() throws Exception {
    String bundled = new String(Sandbox.class.getResourceAsStream("default-data.json").readAllBytes(), StandardCharsets.UTF_8);

    for (Field constant : DefaultData.class.getFields()) {
      assertThat(bundled).as(constant.getName()).contains("\"" + constant.get(null) + "\"");
    }
    assertThat(DefaultData.class.getFields()).hasSizeGreaterThanOrEqualTo(9);
  }

  @Test
  void malformedDataFileIsRefusedNamingFileLineAndColumn() {
    Path broken = resource("data/broken-data.json");

    assertThatThrownBy(() -> Sandbox.builder().data(broken).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(broken + ": not valid JSON at line 4, column 3");
  }

  @Test
  void unknownFieldInDataFileIsRefusedNamingIt() {
    assertThatThrownBy(() -> Sandbox.builder().data(resource("data/unknown-field.json")).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("itwinz");
  }

  @Test
  void seedValueOutsideTheSpecsEnumIsRefusedNamingItInsteadOfAnswering500Later() {
    assertThatThrownBy(() -> Sandbox.builder().data(resource("data/unknown-authentication-type.json")).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seed data: manifest connection c1: authenticationType 'Telepathy' is not one of [User, Service]");
  }

  @Test
  void missingDataFileIsRefusedNamingIt() {
    assertThatThrownBy(() -> Sandbox.builder().data(Path.of("no-such-data.json")).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no-such-data.json: no such file");
  }

  @Test
  void bindsLoopbackOnAFreePortAndStopsOnClose() throws IOException {
    Sandbox sandbox = Sandbox.builder().start();
    String baseUrl = sandbox.baseUrl();
    int port = sandbox.port();
    try (Socket open = new Socket(InetAddress.getLoopbackAddress(), port)) {
      assertThat(open.isConnected()).as("accepts connections while running").isTrue();
    }
    sandbox.close();

    assertThat(baseUrl).isEqualTo("http://127.0.0.1:" + port);
    assertThat(port).isPositive();
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .as("a connection to port %d after close", port).isInstanceOf(ConnectException.class);
  }

  private static Path resource(String name) {
    try {
      return Path.of(SandboxDataTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
