package io.itwincontracts.conformance.internal.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a tenant holds, as far as recorded exchanges show it, resolved in the order they happened: an answer
 * that shows an entity adds it (a later one wins), a 404 that says it is not there removes it. Only answers
 * count, and accepted requests: a refused request shows nothing of the tenant.
 */
public final class TenantState {
  /** An iTwin: its organisation (when an answer showed it), roles and GIS repositories. */
  static final class ITwin {
    String organizationId;
    final Map<String, String> roles = new LinkedHashMap<>();
    final Map<String, String[]> repositories = new LinkedHashMap<>();
  }

  /** An EDFS system: what listSystems and createSystem answer with. */
  record EdfsSystem(String name, String systemId, String systemType) {}

  /** A manifest connection, as updateManifestConnection answers with it. */
  record Connection(String id, String iModelId, String iTwinId, String displayName, String authenticationType,
      String lastRunId) {}

  final Map<String, ITwin> iTwins = new LinkedHashMap<>();
  final Map<String, Map<String, String>> packages = new LinkedHashMap<>();
  final Map<String, Connection> connections = new LinkedHashMap<>();
  final Map<String, Map<String, EdfsSystem>> systems = new LinkedHashMap<>();
  /** What the sandbox cannot hold, by kind, with how often and where first. */
  final Map<String, String> notHeld = new TreeMap<>();
  private final Map<String, Integer> notHeldCounts = new TreeMap<>();

  /** Applies one exchange; its path parameters are the request path's, by name, percent-encoded. */
  public void apply(RecordedExchange exchange, Map<String, String> parameters) {
    String operation = exchange.operationId();
    if (operation == null) {
      return;
    }
    int status = exchange.status();
    JsonNode answer = exchange.responseBody();
    String iTwinId = decoded(parameters.get("iTwinId"));
    if (status == 401 || status == 403) {
      notHeld("users", exchange, "a user and its permissions (tokens are redacted in a recording; seed users by "
          + "hand, e.g. SandboxSeed.user(token, permissions))");
      return;
    }
    switch (operation) {
      case "listSystems" -> listSystems(exchange, iTwinId, status, answer);
      case "createSystem" -> createSystem(exchange, iTwinId, status, answer);
      case "addPackageRoleAssignments" -> assignments(iTwinId, decoded(parameters.get("uniqueName")), status, answer);
      case "updateManifestConnection" -> connection(exchange, decoded(parameters.get("connectionId")), status, answer);
      case "createRepositoryResource" -> resource(exchange, iTwinId, decoded(parameters.get("repositoryId")), status,
          answer);
      default -> notHeld("operation " + operation, exchange, "an operation the sandbox does not serve");
    }
  }

  private void listSystems(RecordedExchange exchange, String iTwinId, int status, JsonNode answer) {
    if (status == 404) {
      iTwins.remove(iTwinId);
      systems.remove(iTwinId);
    } else if (status == 200 && answer != null && answer.path("systems").isArray()) {
      ITwin iTwin = iTwin(iTwinId);
      Map<String, EdfsSystem> listed = new LinkedHashMap<>();
      for (JsonNode system : answer.get("systems")) {
        if (incomplete(exchange, system, "systemName", "systemId", "systemType")) {
          continue;
        }
        listed.put(system.path("systemId").asText(), new EdfsSystem(system.path("systemName").asText(),
            system.path("systemId").asText(), system.path("systemType").asText()));
        if (system.path("organizationId").isTextual()) {
          iTwin.organizationId = system.get("organizationId").asText();
        }
      }
      if (exchange.query() == null) {
        systems.put(iTwinId, listed);      // the whole list: what it does not name is gone
      } else {
        systems.computeIfAbsent(iTwinId, id -> new LinkedHashMap<>()).putAll(listed);   // a page of it
      }
    }
  }

  private void createSystem(RecordedExchange exchange, String iTwinId, int status, JsonNode answer) {
    JsonNode sent = exchange.requestBody();
    if (status == 201 && answer != null && !incomplete(exchange, answer, "systemName", "systemId", "systemType")) {
      iTwin(iTwinId);
      systems.computeIfAbsent(iTwinId, id -> new LinkedHashMap<>()).put(answer.path("systemId").asText(),
          new EdfsSystem(answer.path("systemName").asText(), answer.path("systemId").asText(),
              answer.path("systemType").asText()));
    } else if (status == 409 && sent != null && sent.path("systemId").isTextual()) {
      iTwin(iTwinId);
      systems.computeIfAbsent(iTwinId, id -> new LinkedHashMap<>()).putIfAbsent(sent.get("systemId").asText(),
          new EdfsSystem(sent.path("name").asText(), sent.get("systemId").asText(), sent.path("systemType").asText()));
    }
    if (status == 201 && sent != null && sent.path("credentials").isObject() && !sent.get("credentials").isEmpty()) {
      notHeld("credentials", exchange, "a system's credentials (redacted in the recording; the sandbox never answers "
          + "with them, and its data file holds systems without)");
    }
  }

  private void assignments(String iTwinId, String uniqueName, int status, JsonNode answer) {
    if (status != 200 || answer == null) {
      return;
    }
    ITwin iTwin = iTwin(iTwinId);
    Map<String, String> packageRoles = packages.computeIfAbsent(uniqueName, name -> new LinkedHashMap<>());
    for (JsonNode assignment : answer.path("assignments")) {
      iTwin.roles.put(assignment.path("iTwinRoleId").asText(), assignment.path("iTwinRoleName").asText());
      for (JsonNode role : assignment.path("packageRoles")) {
        packageRoles.put(role.path("packageRoleId").asText(), role.path("packageRoleName").asText());
      }
    }
  }

  private void connection(RecordedExchange exchange, String connectionId, int status, JsonNode answer) {
    if (status == 404) {
      connections.remove(connectionId);
    } else if (status == 200 && answer != null && answer.path("connection").isObject()
        && !incomplete(exchange, answer.get("connection"), "iModelId", "iTwinId", "displayName", "authenticationType")) {
      JsonNode connection = answer.get("connection");
      String lastRun = connection.path("_links").path("lastRun").path("href").asText("");
      connections.put(connectionId, new Connection(connection.path("id").asText(connectionId),
          connection.path("iModelId").asText(), connection.path("iTwinId").asText(),
          connection.path("displayName").asText(), connection.path("authenticationType").asText(),
          lastRun.substring(lastRun.lastIndexOf('/') + 1)));
    }
  }

  private void resource(RecordedExchange exchange, String iTwinId, String repositoryId, int status, JsonNode answer) {
    if (status == 404) {
      String code = answer == null ? "" : answer.path("error").path("code").asText();
      if (code.equals("iTwinNotFound")) {
        iTwins.remove(iTwinId);
        systems.remove(iTwinId);
      } else if (iTwins.containsKey(iTwinId)) {
        iTwins.get(iTwinId).repositories.remove(repositoryId);
      }
    } else if ((status == 201 || status == 409) && answer != null) {
      ITwin iTwin = iTwin(iTwinId);
      JsonNode resource = answer.path("resource");
      if (resource.path("class").isTextual()) {
        iTwin.repositories.put(repositoryId, new String[] {resource.get("class").asText(),
            resource.path("subClass").asText()});
      } else {
        iTwin.repositories.putIfAbsent(repositoryId, null);
      }
      if (status == 201) {
        notHeld("resources", exchange, "a resource created in a repository (the data file holds repositories, not "
            + "their resources: a fresh sandbox answers 201, not 409, to the same create)");
      }
    }
  }

  /** Whether {@code entity} lacks a field the sandbox needs; if so it is listed, not guessed. */
  private boolean incomplete(RecordedExchange exchange, JsonNode entity, String... fields) {
    for (String field : fields) {
      if (!entity.path(field).isTextual()) {
        notHeld("incomplete " + exchange.operationId(), exchange, "an entity in an answer of " + exchange.operationId()
            + " without the " + String.join(", ", fields) + " the sandbox needs (left out, not guessed)");
        return true;
      }
    }
    return false;
  }

  private ITwin iTwin(String iTwinId) {
    return iTwins.computeIfAbsent(iTwinId, id -> new ITwin());
  }

  private void notHeld(String kind, RecordedExchange exchange, String what) {
    notHeldCounts.merge(kind, 1, Integer::sum);
    notHeld.putIfAbsent(kind, what + "; first at " + exchange.where());
  }

  /** What the sandbox cannot hold, one line per kind: what, how often, where first. */
  public List<String> notHeld() {
    List<String> lines = new ArrayList<>();
    notHeld.forEach((kind, what) -> lines.add(notHeldCounts.get(kind) + " × " + what));
    return lines;
  }

  public int iTwinCount() {
    return iTwins.size();
  }

  public int systemCount() {
    return systems.values().stream().mapToInt(Map::size).sum();
  }

  public int connectionCount() {
    return connections.size();
  }

  public int packageCount() {
    return packages.size();
  }

  public int roleCount() {
    return iTwins.values().stream().mapToInt(i -> i.roles.size()).sum() + packages.values().stream().mapToInt(Map::size).sum();
  }

  public int repositoryCount() {
    return iTwins.values().stream().mapToInt(i -> i.repositories.size()).sum();
  }

  private static String decoded(String raw) {
    return raw == null ? null : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
