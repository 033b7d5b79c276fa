package io.itwincontracts.sandbox.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The API reference under {@code /docs}: a page that renders the bundled specs with Swagger UI, whose "try it"
 * calls go to this sandbox. Everything comes from the classpath (the page from the sandbox, the specs from the
 * openapi artifact, Swagger UI from its webjar), so nothing is fetched at run time.
 */
final class ApiReference extends Handler.Abstract {
  static final String CONTEXT = "/docs";
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8",
      "yaml", "application/yaml", "js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8",
      "png", "image/png");

  private final String swaggerUi = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws IOException {
    if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
      Response.writeError(request, response, callback, 405);
      return true;
    }
    String resource = resource(Request.getPathInContext(request));
    byte[] body = resource == null ? null : read(resource);
    if (body == null) {
      Response.writeError(request, response, callback, 404);
      return true;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body),
        callback);
    return true;
  }

  /** The classpath resource for a path under /docs, or null: only plain file names, so no path climbs out. */
  private String resource(String path) {
    if (path.equals("/") || path.isEmpty()) {
      return "io/itwincontracts/sandbox/docs/index.html";
    }
    String[] parts = path.substring(1).split("/", -1);
    if (parts.length != 2 || !FILE_NAME.matcher(parts[1]).matches() || !TYPES.containsKey(extension(parts[1]))) {
      return null;
    }
    return switch (parts[0]) {
      case "openapi" -> "openapi/" + parts[1];
      case "swagger-ui" -> swaggerUi + parts[1];
      default -> null;
    };
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = ApiReference.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** The webjar's own record of its version, so that a version bump in the pom needs no change here. */
  private static String swaggerUiVersion() {
    Properties pom = new Properties();
    try (InputStream in = ApiReference.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the swagger-ui webjar's version", e);
    }
    return pom.getProperty("version");
  }
}
