package io.itwincontracts.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * users keyed by the bearer token that identifies them. Any other token is the {@code defaultUser}.
 */
record SandboxData(
    @JsonProperty("iTwins") List<ITwin> iTwins,
    List<IntegrationPackage> packages,
    List<Connection> manifestConnections,
    Map<String, User> users,
    User defaultUser) {

  record ITwin(String id, String organizationId, List<Role> roles, List<Repository> repositories) {}

  record Role(String id, String name) {}

  record Repository(String id, @JsonProperty("class") String resourceClass, String subClass) {}

  record IntegrationPackage(String uniqueName, List<Role> roles) {}

  record Connection(String id, @JsonProperty("iModelId") String iModelId, @JsonProperty("iTwinId") String iTwinId,
      String displayName, String authenticationType, String lastRunId) {}

  /** A user; {@code toString()} is the record's, which holds no token (tokens are only the map's keys). */
  record User(String userId, String userName, List<String> permissions) {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  static SandboxData defaults() {
    try (InputStream in = SandboxData.class.getResourceAsStream("default-data.json")) {
      return parse(in, "default-data.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a data file; a bad one fails with a message that names the file, line and column or field. */
  static SandboxData load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
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

  Map<String, User> usersOrEmpty() {
    return users == null ? Map.of() : users;
  }
}
