package io.itwincontracts.contracttests.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.conformance.ContractProxy;
import io.itwincontracts.conformance.RecordingSeed;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.sandbox.SandboxSeed;
import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant recorded through the proxy comes back as a sandbox: a sandbox seeded with made-up data (names in
 * several scripts, 200 systems, every authentication type, every repository kind) is used through the proxy, the
 * recording becomes a data file, and a fresh sandbox started from it answers every list and every write the same
 * (server-made IDs and timestamps aside); no secret reaches the data file or the examples.
 */
class RecordingRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "round-trip-token-7f3a";
  private static final String SECRET = "round-trip-password-2b9c";
  private static final String[] NAMES = {"Billing", "Système", "Плановая", "Σύστημα", "計画", "系统", "نظام", "प्रणाली",
      "Sistema 🚀", "Überwachung"};
  private static final String[][] REPOSITORY_KINDS = {{"GeographicInformationSystem", "WebMapService"},
      {"GeographicInformationSystem", "WebMapTileService"}, {"GeographicInformationSystem", "ArcGIS"}};
  private static final String[] AUTHENTICATION_TYPES = {"User", "Service"};

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> iTwins = new ArrayList<>();
  private final Map<String, String> iTwinRoles = new LinkedHashMap<>();        // role -> iTwin
  private final Map<String, String> repositories = new LinkedHashMap<>();      // repository -> iTwin
  private final Map<String, String> connections = new LinkedHashMap<>();       // connection -> display name
  private final Map<String, List<String>> packageRoles = new LinkedHashMap<>(); // package -> roles

  private void madeUp(SandboxSeed seed) {
    for (int i = 0; i < 4; i++) {
      String iTwin = uuid("itwin", i);
      iTwins.add(iTwin);
      seed.iTwin(iTwin);
      String role = uuid("role", i);
      iTwinRoles.put(role, iTwin);
      seed.iTwinRole(iTwin, role, NAMES[i] + " integrators");
      for (int r = 0; r < REPOSITORY_KINDS.length; r++) {
        String repository = uuid("repository", i * 10 + r);
        repositories.put(repository, iTwin);
        seed.repository(iTwin, repository, REPOSITORY_KINDS[r][0], REPOSITORY_KINDS[r][1]);
      }
    }
    for (int s = 0; s < 200; s++) {
      seed.system(iTwins.get(s % iTwins.size()), NAMES[s % NAMES.length] + " " + s, "system_" + s, "EDF.Sql");
    }
    for (int c = 0; c < 4; c++) {
      String connection = "connection-" + c;
      connections.put(connection, NAMES[c + 4] + " sync");
      seed.manifestConnection(connection, iTwins.get(c), NAMES[c + 4] + " sync", AUTHENTICATION_TYPES[c % 2]);
    }
    for (int p = 0; p < 2; p++) {
      String uniqueName = "Contoso.Package" + p;
      seed.integrationPackage(uniqueName);
      List<String> roles = List.of(uuid("package-role", p * 2), uuid("package-role", p * 2 + 1));
      roles.forEach(role -> seed.packageRole(uniqueName, role, "Run " + NAMES[roles.indexOf(role) + 2]));
      packageRoles.put(uniqueName, roles);
    }
  }

  /** The session a client has with the tenant: every read, and writes of each kind. */
  private List<String> session(String baseUrl) throws Exception {
    List<String> answers = comparable(baseUrl);
    for (Map.Entry<String, String> repository : repositories.entrySet()) {
      answers.add(send(baseUrl, "POST", "/itwins/" + repository.getValue() + "/repositories/" + repository.getKey()
          + "/resources", "{\"id\": \"layer_" + repository.getKey().substring(0, 8) + "\", \"displayName\": \"Слой\"}"));
    }
    answers.add(send(baseUrl, "POST", "/edfs/itwins/" + iTwins.get(0) + "/systems", "{\"name\": \"Secret holder\", "
        + "\"systemId\": \"secret_holder\", \"systemType\": \"EDF.Sql\", \"credentials\": {\"Password\": \"" + SECRET + "\"}}"));
    return answers;
  }

  /**
   * What a tenant answers the same whenever it is asked: every list, and the writes that leave it as it was (a
   * connection renamed to its name, roles assigned again).
   */
  private List<String> comparable(String baseUrl) throws Exception {
    List<String> answers = new ArrayList<>();
    for (String iTwin : iTwins) {
      answers.add(systems(send(baseUrl, "GET", "/edfs/itwins/" + iTwin + "/systems", null)));
    }
    for (Map.Entry<String, String> connection : connections.entrySet()) {
      answers.add(send(baseUrl, "PUT", "/synchronization/imodels/manifestconnections/" + connection.getKey(),
          "{\"displayName\": \"" + connection.getValue() + "\"}"));
    }
    for (Map.Entry<String, List<String>> roles : packageRoles.entrySet()) {
      for (Map.Entry<String, String> role : iTwinRoles.entrySet()) {
        answers.add(send(baseUrl, "POST", "/edfs/itwins/" + role.getValue() + "/packages/" + roles.getKey() + "/roles",
            "{\"assignments\": [{\"iTwinRoleId\": \"" + role.getKey() + "\", \"packageRoleIds\": "
                + JSON.writeValueAsString(roles.getValue()) + "}]}"));
      }
    }
    return answers;
  }

  @Test
  void aFreshSandboxFromTheRecordingAnswersTheSessionAsTheRecordedOneDid(@TempDir Path directory) throws Exception {
    Path recording = directory.resolve("session.ndjson");
    List<String> recorded;
    int exchanges;
    try (Sandbox original = Sandbox.builder().seed(this::madeUp).start()) {
      try (ContractProxy proxy = ContractProxy.to(URI.create(original.baseUrl())).record(recording)
          .output(new PrintWriter(new StringWriter())).start()) {
        exchanges = session(proxy.baseUrl()).size();
      }
      recorded = comparable(original.baseUrl());    // the tenant as the recording left it
    }
    RecordingSeed seed = RecordingSeed.read(List.of(recording));
    Path dataFile = directory.resolve("tenant.json");
    seed.writeDataFile(dataFile);
    List<String> drift = seed.writeExamples(directory.resolve("examples"), ContractValidator.bundled());

    List<String> replayed;
    try (Sandbox restored = Sandbox.builder().data(dataFile).start()) {
      replayed = comparable(restored.baseUrl());
    }
    List<String> fromJava;
    try (Sandbox restored = Sandbox.builder().data(SandboxSeed.fromRecordings(recording)).start()) {
      fromJava = comparable(restored.baseUrl());
    }

    long differing = java.util.stream.IntStream.range(0, recorded.size())
        .filter(i -> !recorded.get(i).equals(replayed.get(i))).count();
    RecordingSeed.Counts counts = seed.counts();
    System.out.printf("round trip: %d exchanges recorded; restored %d iTwins, %d systems, %d connections, %d packages,"
        + " %d roles, %d repositories; %d of %d comparable answers differ; data file %d bytes; not held: %s%n", counts.exchanges(),
        counts.iTwins(), counts.systems(), counts.connections(), counts.packages(), counts.roles(), counts.repositories(),
        differing, recorded.size(), Files.size(dataFile), seed.notHeld());
    assertThat(counts).isEqualTo(new RecordingSeed.Counts(exchanges, 4, 201, 4, 2, 4 + 4, 12));
    for (int i = 0; i < recorded.size(); i++) {
      assertThat(replayed.get(i)).as("answer %d of the session", i).isEqualTo(recorded.get(i));
    }
    assertThat(fromJava).as("SandboxSeed.fromRecordings").isEqualTo(replayed);
    assertThat(drift).as("a sandbox's recording conforms").isEmpty();
    assertThat(seed.notHeld()).anyMatch(line -> line.startsWith("1 × a system's credentials"))
        .anyMatch(line -> line.startsWith("12 × a resource created in a repository"));
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(recording)).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SECRET, TOKEN);
      }
    }
    try (Stream<Path> examples = Files.walk(directory.resolve("examples"))) {
      assertThat(examples.filter(Files::isRegularFile).map(f -> directory.resolve("examples").relativize(f).toString()))
          .contains("listSystems/200-1.json", "createSystem/201-1.json", "createSystem/request-1.json",
              "updateManifestConnection/200-1.json", "addPackageRoleAssignments/200-1.json",
              "createRepositoryResource/201-1.json");
    }
  }

  private String send(String baseUrl, String method, String path, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + TOKEN)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return method + " " + path + " -> " + response.statusCode() + " " + response.body();
  }

  /** A listSystems answer without what the server makes (ids, change times), systems in systemId order. */
  private static String systems(String answer) throws IOException {
    int body = answer.indexOf('{');
    JsonNode list = JSON.readTree(answer.substring(body));
    List<JsonNode> systems = new ArrayList<>();
    list.path("systems").forEach(systems::add);
    systems.sort(Comparator.comparing(s -> s.path("systemId").asText()));
    ArrayNode normalized = JSON.createArrayNode();
    for (JsonNode system : systems) {
      ObjectNode copy = system.deepCopy();
      copy.remove(List.of("id", "lastChange"));
      normalized.add(copy);
    }
    return answer.substring(0, body) + normalized;
  }

  private static String uuid(String kind, int n) {
    return UUID.nameUUIDFromBytes((kind + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }
}
