import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Sandbox;
import io.itwincontracts.sandbox.SandboxMain;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import picocli.CommandLine;

/**
 * Build-time only, not in the jar: the build runs this source file once against the runnable jar (java's
 * source-file mode, so the jar alone is the class path, as the launcher's), with {@code -XX:DumpLoadedClassList},
 * to record the classes a sandbox loads while it starts and serves each operation (and a refusal); a second JVM dumps
 * them into the static class-data archive its launcher maps.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    new CommandLine(SandboxMain.class).parseArgs("--port", "0");   // the launcher's own first steps
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      HttpClient http = HttpClient.newHttpClient();
      String edfs = sandbox.baseUrl() + "/edfs/itwins/" + DefaultData.ITWIN;
      send(http, "GET", edfs + "/systems", null);
      send(http, "POST", edfs + "/systems", "{\"name\":\"Dev\",\"systemId\":\"dev_sql\",\"systemType\":\"EDF.Sql\","
          + "\"credentials\":{\"Password\":\"training\"}}");
      send(http, "POST", edfs + "/packages/" + DefaultData.PACKAGE + "/roles", "{\"assignments\":[{\"iTwinRoleId\":\""
          + DefaultData.ITWIN_ROLE + "\",\"packageRoleIds\":[\"" + DefaultData.PACKAGE_ROLE + "\"]}]}");
      send(http, "PUT", sandbox.baseUrl() + "/synchronization/imodels/manifestconnections/" + DefaultData.CONNECTION,
          "{\"displayName\":\"Nightly\"}");
      send(http, "POST", sandbox.baseUrl() + "/itwins/" + DefaultData.ITWIN + "/repositories/"
          + DefaultData.GIS_REPOSITORY + "/resources", "{\"id\":\"flood_zones\",\"displayName\":\"Flood Zones\"}");
      send(http, "POST", edfs + "/systems", "{\"name\":1}");
      send(http, "GET", sandbox.baseUrl() + "/docs/", null);
    }
    System.exit(0);
  }

  private static void send(HttpClient http, String method, String url, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer training")
        .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
  }
}
