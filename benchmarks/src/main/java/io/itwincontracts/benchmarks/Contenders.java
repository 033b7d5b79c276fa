package io.itwincontracts.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.validator.Target;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The servers of the peer comparison, each launched as its user would: the sandbox (its launcher, with the
 * class-data archive the build made), WireMock 3 and MockServer (their standalone jars, stubs answering the spec's
 * examples, their fastest settings), Prism (a mock of the spec itself) and the bare Jetty baseline. A peer whose
 * files are not there (the CI smoke installs none) is left out.
 */
final class Contenders {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private final Path project;
  private final Path peers;
  private final Path work;

  /**
   * @param project the repository root (the sandbox's jar and launcher, the specs)
   * @param peers where the build put the peers' jars ({@code wiremock-standalone.jar}, {@code mockserver-netty.jar})
   *     and Prism ({@code prism/node_modules/.bin/prism})
   * @param work a directory for the stubs, data files and logs of this run
   */
  Contenders(Path project, Path peers, Path work) {
    this.project = project;
    this.peers = peers;
    this.work = work;
  }

  /** The sandbox, bare Jetty and, if {@code withPeers}, every peer that is installed. */
  List<Contender> available(boolean withPeers) throws IOException {
    Files.createDirectories(work);
    List<Contender> all = new ArrayList<>();
    all.add(sandbox());
    all.add(bareJetty());
    if (!withPeers) {
      return all;
    }
    Path wiremock = peers.resolve("wiremock-standalone.jar");
    if (Files.isRegularFile(wiremock)) {
      all.add(wiremock(wiremock));
    }
    Path mockserver = peers.resolve("mockserver-netty.jar");
    if (Files.isRegularFile(mockserver)) {
      all.add(mockserver(mockserver));
    }
    Path prism = peers.resolve("prism/node_modules/.bin/prism");
    if (Files.isExecutable(prism)) {
      all.add(prism(prism));
    }
    return all;
  }

  /**
   * The baseline on a class path of Jetty, SLF4J and this module's classes only (as a plain Jetty application
   * would have), not the benchmarks' hundred jars, which would slow its start for no reason of its own.
   */
  private Contender bareJetty() throws IOException {
    Path body = work.resolve("list-systems.json");
    Files.write(body, ConstantServer.listSystemsExample());
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.contains("jetty") || entry.contains("slf4j") || entry.contains("benchmarks"))
        .collect(Collectors.joining(File.pathSeparator));
    return new Contender("bare Jetty", port -> List.of(JAVA, "-cp", classPath, BareJetty.class.getName(),
        Integer.toString(port), body.toString()), Contender.Preparation.NONE, PeerRequests.LIST, PeerRequests.UPDATE,
        null, false);
  }

  /** The sandbox seeded with the two systems of the spec's listSystems example, so its first answer is that list. */
  private Contender sandbox() throws IOException {
    Path data = work.resolve("sandbox-data.json");
    try (InputStream in = Contenders.class.getResourceAsStream("peers/sandbox-data.json")) {
      Files.write(data, in.readAllBytes());
    }
    Path launcher = project.resolve("sandbox/target/itwin-sandbox");
    List<String> start = Files.isExecutable(launcher) ? List.of(launcher.toString())
        : List.of(JAVA, "-jar", project.resolve("sandbox/target/itwin-sandbox.jar").toString());
    return new Contender("sandbox", port -> Stream.concat(start.stream(),
            Stream.of("--port", Integer.toString(port), "--data", data.toString())).toList(),
        Contender.Preparation.NONE, PeerRequests.LIST, PeerRequests.UPDATE, null, false);
  }

  private Contender wiremock(Path jar) throws IOException {
    Path root = work.resolve("wiremock");
    Files.createDirectories(root.resolve("mappings"));
    Files.writeString(root.resolve("mappings/stubs.json"), JSON.writeValueAsString(JSON.createObjectNode()
        .set("mappings", JSON.createArrayNode()
            .add(wiremockStub("GET", "/edfs" + PeerRequests.LIST_PATH, ConstantServer.listSystemsExample()))
            .add(wiremockStub("PUT", "/synchronization" + PeerRequests.UPDATE_PATH, updateBody())))));
    return new Contender("WireMock 3.13.2", port -> List.of(JAVA, "-jar", jar.toString(), "--port", Integer.toString(port),
        "--bind-address", "127.0.0.1", "--root-dir", root.toString(), "--no-request-journal", "--disable-banner"),
        Contender.Preparation.NONE, PeerRequests.LIST, PeerRequests.UPDATE, null, true);
  }

  private static ObjectNode wiremockStub(String method, String path, byte[] body) {
    ObjectNode stub = JSON.createObjectNode();
    stub.putObject("request").put("method", method).put("urlPath", path);
    ObjectNode response = stub.putObject("response").put("status", 200).put("body", new String(body, StandardCharsets.UTF_8));
    response.putObject("headers").put("Content-Type", "application/json");
    return stub;
  }

  private Contender mockserver(Path jar) throws IOException {
    ArrayNode expectations = JSON.createArrayNode()
        .add(mockserverExpectation("GET", "/edfs" + PeerRequests.LIST_PATH, ConstantServer.listSystemsExample()))
        .add(mockserverExpectation("PUT", "/synchronization" + PeerRequests.UPDATE_PATH, updateBody()));
    byte[] stubbing = KeepAliveConnection.request("PUT", "/mockserver/expectation", JSON.writeValueAsString(expectations));
    return new Contender("MockServer 7.6.0", port -> List.of(JAVA, "-Dmockserver.disableLogging=true",
        "-Dmockserver.logLevel=OFF", "-Dmockserver.localBoundIP=127.0.0.1", "-jar", jar.toString(),
        "-serverPort", Integer.toString(port)),
        port -> ServerProcess.poll(port, stubbing, 201, null), PeerRequests.LIST, PeerRequests.UPDATE, null, true);
  }

  private static ObjectNode mockserverExpectation(String method, String path, byte[] body) {
    ObjectNode expectation = JSON.createObjectNode();
    expectation.putObject("httpRequest").put("method", method).put("path", path);
    ObjectNode response = expectation.putObject("httpResponse").put("statusCode", 200)
        .put("body", new String(body, StandardCharsets.UTF_8));
    response.putObject("headers").putArray("Content-Type").add("application/json");
    return expectation;
  }

  private Contender prism(Path prism) {
    Path specs = project.resolve("openapi/src/main/resources/openapi");
    return new Contender("Prism 5.16.0", port -> prismCommand(prism, specs.resolve("edfs.yaml"), port),
        Contender.Preparation.NONE, PeerRequests.LIST_AT_ROOT, PeerRequests.UPDATE_AT_ROOT,
        port -> prismCommand(prism, specs.resolve("synchronization.yaml"), port), true);
  }

  private static List<String> prismCommand(Path prism, Path spec, int port) {
    return List.of(prism.toString(), "mock", "-h", "127.0.0.1", "-p", Integer.toString(port), "-v", "error", spec.toString());
  }

  /** The spec's updateManifestConnection 200 example: what the stub servers answer to the PUT. */
  private static byte[] updateBody() {
    return SeedPayloads.of("updateManifestConnection").stream()
        .filter(payload -> payload.target().equals(Target.response("updateManifestConnection", "200")))
        .findFirst().orElseThrow().json();
  }

}
