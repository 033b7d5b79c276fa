package io.itwincontracts.sandbox.internal.state;

import io.itwincontracts.runtime.internal.JsonLimits;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's seed data, as the JSON data file describes it (see {@code default-data.json} in this package):
 * iTwins with their roles and GIS repositories, integration packages with their roles, manifest connections, and
 * EDFS systems, and users keyed by the bearer token that identifies them. Any other token is the
 * {@code defaultUser}. Tests build it with {@code SandboxSeed} rather than by hand.
 */
public record SandboxData(
    @JsonProperty("iTwins") List<ITwin> iTwins,
    List<IntegrationPackage> packages,
    List<Connection> manifestConnections,
    List<SeededSystem> systems,
    Map<String, User> users,
    User defaultUser) {

  /** An iTwin, its organisation, its roles and its GIS repositories. */
  public record ITwin(String id, String organizationId, List<Role> roles, List<Repository> repositories) {}

  /** A role of an iTwin or of an integration package. */
  public record Role(String id, String name) {}

  /** A GIS repository of an iTwin; a resource created in it takes its class and subClass. */
  public record Repository(String id, @JsonProperty("class") String resourceClass, String subClass) {}

  /** An EDFS integration package and its roles. */
  public record IntegrationPackage(String uniqueName, List<Role> roles) {}

  /** A manifest connection of the Synchronization API. */
  public record Connection(String id, @JsonProperty("iModelId") String iModelId,
      @JsonProperty("iTwinId") String iTwinId, String displayName, String authenticationType, String lastRunId) {}

  /** An EDFS system that exists from the start (created without credentials). */
  public record SeededSystem(@JsonProperty("iTwinId") String iTwinId, String name, String systemId, String systemType) {}

  /** A user; {@code toString()} is the record's, which holds no token (tokens are only the map's keys). */
  public record User(String userId, String userName, List<String> permissions) {}

  private static final ObjectMapper JSON = JsonLimits.mapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  /** The bundled seed data ({@code default-data.json}; {@code DefaultData} names its IDs). */
  public static SandboxData defaults() {
    // beside the facade, in the root package, where the README points to it
    try (InputStream in = SandboxData.class.getResourceAsStream("/io/itwincontracts/sandbox/default-data.json")) {
      return parse(in, "default-data.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a data file; a bad one fails with a message that names the file, line and column or field. */
  public static SandboxData load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
    }
  }

  /** Reads data file text; {@code name} says where it came from in a message about it. */
  public static SandboxData parse(String json, String name) {
    try {
      return parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SandboxData parse(InputStream in, String name) throws IOException {
    try {
      SandboxData data = JSON.readValue(in, SandboxData.class);
      if (data == null || data.iTwins() == null || data.defaultUser() == null) {
        throw new IllegalArgumentException(name + ": needs at least \"iTwins\" and \"defaultUser\"");
      }
      return data;
    } catch (MismatchedInputException e) {
      throw new IllegalArgumentException(name + ": " + e.getPathReference() + ": " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ": not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }
  }

  List<IntegrationPackage> packagesOrEmpty() {
    return packages == null ? List.of() : packages;
  }

  List<Connection> connectionsOrEmpty() {
    return manifestConnections == null ? List.of() : manifestConnections;
  }

  List<SeededSystem> systemsOrEmpty() {
    return systems == null ? List.of() : systems;
  }

  Map<String, User> usersOrEmpty() {
    return users == null ? Map.of() : users;
  }
}
