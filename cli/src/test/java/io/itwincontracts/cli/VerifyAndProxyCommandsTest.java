package io.itwincontracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.LoopbackServer;
import io.itwincontracts.testkit.Replies;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** verify and proxy as a user runs them: exit codes, one line per failure, the summary, the files they write. */
class VerifyAndProxyCommandsTest {
  /** How long the proxy may take to listen, and to end after its exchange. */
  private static final Duration PROXY_START_LIMIT = Duration.ofSeconds(30);
  private static final String SYSTEMS = "/edfs/itwins/5fb9aa98-9874-4697-b942-d19728840f19/systems";
  private final CliRun cli = new CliRun();

  @TempDir
  Path directory;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void verifyOfAServerThatAnswers500ExitsOneWithALinePerFailureTheTableAndTheFiles() throws Exception {
    try (LoopbackServer server = LoopbackServer.answering(Replies.json(500, "{\"error\":{\"code\":\"Boom\",\"message\":\"x\"}}"))) {
      int exit = run("verify", "--base-url", server.baseUrl(), "--operation", "listSystems", "--token", "cli-token-4f1a",
          "--failures", directory.resolve("failures").toString(), "--report", directory.resolve("report.md").toString());

      assertThat(exit).as(cli.err()).isEqualTo(1);
      assertThat(cli.out()).contains("listSystems | positive no body | SERVER_ERROR: expected no 5xx | got 500 Boom")
          .containsPattern("listSystems\\s+1\\s+\\d+\\s+3\\s+0\\s+\\d+").contains("failure(s)");
      String replays = String.join("\n", Files.list(directory.resolve("failures")).map(VerifyAndProxyCommandsTest::read).toList());
      assertThat(replays).contains("GET " + SYSTEMS + " HTTP/1.1").contains("Authorization: Bearer REDACTED")
          .doesNotContain("cli-token-4f1a");
      assertThat(Files.readString(directory.resolve("report.md"))).contains("| listSystems |");
    }
  }

  /**
   * The port the proxy prints once it listens; fails with what it printed if it has not within {@code limit}, or
   * has ended without listening.
   */
  private int proxyPort(CompletableFuture<Integer> exit, Duration limit) throws InterruptedException {
    Matcher listening = Pattern.compile("proxy: http://127.0.0.1:(\\d+)").matcher("");
    long deadline = System.nanoTime() + limit.toNanos();
    while (!listening.reset(cli.out()).find()) {
      if (exit.isDone()) {
        throw new AssertionError("the proxy ended (exit " + exit.join() + ") without listening; stdout: " + cli.out()
            + "; stderr: " + cli.err());
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("the proxy printed no address within " + limit + "; stdout: " + cli.out()
            + "; stderr: " + cli.err());
      }
      Thread.sleep(20);
    }
    return Integer.parseInt(listening.group(1));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void verifyWithoutAServerExitsTwo() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    assertThat(run("verify", "--base-url", "http://127.0.0.1:" + port, "--operation", "listSystems",
        "--failures", directory.toString())).isEqualTo(2);
    assertThat(cli.err()).startsWith("itwin-contracts: no answer from http://127.0.0.1:" + port);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --base-url http://127.0.0.1:1 --token a --token-env B       | mutually exclusive
      --base-url http://127.0.0.1:1 --report r.pdf                | r.pdf: the name must end in .xml, .md or .html
      --base-url ftp://127.0.0.1:1                                | --base-url must be an http or https URL
      --base-url http://127.0.0.1:1 --operation deleteEverything  | unknown operation 'deleteEverything'
      """)
  void verifyUsageErrorsExitTwoNamingTheProblem(String options, String problem) {
    assertThat(run(("verify " + options).split(" +"))).isEqualTo(2);
    assertThat(cli.err()).contains(problem);
    assertThat(cli.out()).as("nothing verified").isEmpty();
  }

  @Test
  void verifyWritesAnHtmlReportNamingTheOperationsTheCasesAndEachFailure() throws Exception {
    try (LoopbackServer server = LoopbackServer.answering(Replies.json(500,
        "{\"error\":{\"code\":\"<b>Boom</b>\",\"message\":\"x\"}}"))) {
      Path report = directory.resolve("report.html");
      int exit = run("verify", "--base-url", server.baseUrl(), "--operation", "listSystems", "--failures",
          directory.resolve("failures").toString(), "--report", report.toString());

      assertThat(exit).as(cli.err()).isEqualTo(1);
      assertThat(cli.out()).contains("report: " + report);
      assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").endsWith("</body></html>\n")
          .containsPattern("<p>\\d+ cases in [\\d.]+ s \\(seed -?\\d+\\): \\d+ failure\\(s\\)</p>")
          .contains("<tr><th>operation</th><th>positive</th><th>negative</th><th>auth</th><th>sequence</th>"
              + "<th>failures</th></tr>")
          .containsPattern("<tr><td>listSystems</td><td>1</td><td>\\d+</td><td>3</td><td>0</td><td>[1-9]\\d*</td></tr>")
          .contains("<h2>Failures</h2>")
          .contains("<tr><td>listSystems</td><td>positive no body</td><td>SERVER_ERROR</td><td>no 5xx</td>"
              + "<td>500 &lt;b&gt;Boom&lt;/b&gt;</td>")
          .as("the server's text is escaped").doesNotContain("<b>Boom</b>");
    }
  }

  @Test
  void proxyForwardsReportsTheViolationAndPrintsTheSummaryAfterABoundedRun() throws Exception {
    try (LoopbackServer server = LoopbackServer.answering(Replies.json(200, "{\"systems\":[],\"extra\":1}"))) {
      CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run("proxy", "--target", server.baseUrl(),
          "--exchanges", "1", "--duration", "120", "--record", directory.resolve("exchanges.ndjson").toString(),
          "--coverage", directory.resolve("proxy-coverage.json").toString()));
      int port = proxyPort(exit, PROXY_START_LIMIT);
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + SYSTEMS)).header("Authorization", "Bearer proxy-cli-9e")
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(answer.body()).isEqualTo("{\"systems\":[],\"extra\":1}");
      assertThat(exit.get(PROXY_START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("exit after its one exchange").isEqualTo(1);
      assertThat(cli.out()).contains("VIOLATION GET " + SYSTEMS + ": listSystems response 200: SCHEMA:")
          .containsPattern("listSystems\\s+1\\s+0\\s+1")
          .as("the session's coverage").contains("API coverage: 1 of ").containsPattern("listSystems\\s+1 of 14");
      assertThat(Files.readString(directory.resolve("proxy-coverage.json")))
          .contains("\"source\" : \"proxy\"", "\"operationId\" : \"listSystems\"", "\"status\" : 200")
          .doesNotContain("proxy-cli-9e");
      assertThat(Files.readString(directory.resolve("exchanges.ndjson"))).contains("\"authorization\":\"REDACTED\"")
          .doesNotContain("proxy-cli-9e");
    }
  }
}
