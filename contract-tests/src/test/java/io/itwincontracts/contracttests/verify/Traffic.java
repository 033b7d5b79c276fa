package io.itwincontracts.contracttests.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.testkit.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The requests of {@code misbehaviour/traffic.txt}: sent as raw HTTP, or as calls of the generated client.
 *
 * @param kind {@code valid}, {@code rule} (valid by the schema, refused by a page's rule) or {@code schema}
 */
record Traffic(String kind, String operationId, String method, String path, String body) {
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
  private static final Map<String, String> IDS = Map.of("{ITWIN}", DefaultData.ITWIN, "{PACKAGE}", DefaultData.PACKAGE,
      "{CONNECTION}", DefaultData.CONNECTION, "{GIS_REPOSITORY}", DefaultData.GIS_REPOSITORY);

  static List<Traffic> all() {
    return TestFiles.text("misbehaviour/traffic.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(line -> {
          String[] words = line.split(" ");
          String path = words[3];
          for (Map.Entry<String, String> id : IDS.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
          }
          String body = words.length > 4 ? TestFiles.text("misbehaviour/" + words[4]).strip() : null;
          return new Traffic(words[0], words[1], words[2], path, body);
        }).toList();
  }

  /** Sends the request to {@code baseUrl} with a token and JSON headers; returns the status. */
  int send(HttpClient http, String baseUrl) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer misbehaviour-token").header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Makes the same call through the client's public API. */
  void call(ITwinPlatform platform) throws IOException {
    String[] segments = path.split("/");
    switch (operationId) {
      case "createSystem" -> platform.edfs().createSystem(segments[3], JSON.readValue(body, SaveUserSystemCredentialDto.class));
      case "listSystems" -> platform.edfs().listSystems(segments[3]);
      case "addPackageRoleAssignments" -> platform.edfs().addPackageRoleAssignments(segments[3], segments[5],
          JSON.readValue(body, ITwinRoleToPackageRoleDtoList.class));
      case "updateManifestConnection" -> platform.synchronization().updateManifestConnection(segments[4],
          JSON.readValue(body, ManifestConnectionUpdate.class));
      case "createRepositoryResource" -> platform.iTwins().createRepositoryResource(segments[2], segments[4],
          JSON.readValue(body, ITwinRepositoryResourceCreate.class));
      default -> throw new IllegalArgumentException(operationId);
    }
  }
}
