package io.itwincontracts.sandbox.internal.route;

import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.api.SandboxOperation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.util.URIUtil;

/**
 * Every route of the three APIs, read from the generated interfaces' JAX-RS annotations when the table is made (a
 * few microseconds of reflection, where a JAX-RS runtime built a model of each application), and the matching of a
 * request against them with JAX-RS's rules: literal segments as sent, path parameters decoded, matrix parameters
 * and one trailing slash ignored.
 */
public final class RouteTable {
  private final Map<Api, List<Route>> routes = new EnumMap<>(Api.class);

  /** The routes of every API in {@link Api}. */
  public RouteTable() {
    for (Api api : Api.values()) {
      routes.put(api, routesOf(api));
    }
  }

  /** The routes of {@code api}, in the order of the generated interface's methods. */
  public List<Route> routes(Api api) {
    return routes.get(api);
  }

  /**
   * The route a request takes, or why none: 404 (no route has its path), 405 (none of those with its path has its
   * method; {@link RouteMatch#allowed} lists theirs). HEAD is served by a GET route.
   *
   * @param rawPath the request's path under the API's base path, as sent (escapes kept)
   */
  public RouteMatch match(Api api, String method, String rawPath) {
    String[] segments = segments(rawPath);
    Set<String> allowed = new LinkedHashSet<>();
    if (segments != null) {
      for (Route route : routes.get(api)) {
        Map<String, String> parameters = parameters(route, segments);
        if (parameters == null) {
          continue;
        }
        if (route.httpMethod().equals(method) || (HttpMethod.HEAD.equals(method) && HttpMethod.GET.equals(route.httpMethod()))) {
          return RouteMatch.matched(route, parameters);
        }
        allowed.add(route.httpMethod());
      }
    }
    if (allowed.isEmpty()) {
      return RouteMatch.notFound();
    }
    if (allowed.contains(HttpMethod.GET)) {
      allowed.add(HttpMethod.HEAD);
    }
    allowed.add(HttpMethod.OPTIONS);
    return RouteMatch.methodNotAllowed(List.copyOf(allowed));
  }

  /**
   * The operation a request names by its whole path (base path included), as the API under that base path would
   * match it; empty for none. For the steps before an API sees the request (API coverage, injected faults), so that
   * they name the operation the API serves.
   */
  public Optional<String> operationOf(String method, String rawPath) {
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    int slash = path.indexOf('/');
    String basePath = "/" + decoded(withoutMatrix(slash < 0 ? path : path.substring(0, slash)));
    for (Api api : Api.values()) {
      if (api.basePath().equals(basePath)) {
        RouteMatch match = match(api, method, slash < 0 ? "/" : path.substring(slash));
        return match.status() == 0 ? Optional.of(match.route().operation().operationId()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The path's segments without matrix parameters, or null for a path with an empty segment. */
  private static String[] segments(String rawPath) {
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      segments[i] = withoutMatrix(segments[i]);
      if (segments[i].isEmpty()) {
        return null;
      }
    }
    return segments;
  }

  /** The route's path parameters in {@code segments}, decoded, or null when the path is not the route's. */
  private static Map<String, String> parameters(Route route, String[] segments) {
    if (segments.length != route.segments().size()) {
      return null;
    }
    Map<String, String> parameters = null;
    for (int i = 0; i < segments.length; i++) {
      if (route.isParameter(i)) {
        parameters = parameters == null ? new LinkedHashMap<>() : parameters;
        parameters.put(route.parameterName(i), decoded(segments[i]));
      } else if (!route.segments().get(i).equals(segments[i])) {
        return null;
      }
    }
    return parameters == null ? Map.of() : parameters;
  }

  private static String withoutMatrix(String segment) {
    int matrix = segment.indexOf(';');
    return matrix < 0 ? segment : segment.substring(0, matrix);
  }

  /** A segment decoded; as sent when it is not valid percent-encoding (the API refuses such a URI with 400). */
  private static String decoded(String segment) {
    try {
      return URIUtil.decodePath(segment);
    } catch (IllegalArgumentException notEncoding) {
      return segment;
    }
  }

  private static List<Route> routesOf(Api api) {
    Class<?> generated = api.generatedInterface();
    String base = pathOf(generated);
    List<Route> found = new ArrayList<>();
    Method[] methods = generated.getMethods();
    Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
    for (Method method : methods) {
      String httpMethod = httpMethodOf(method);
      if (httpMethod == null) {
        continue;
      }
      SandboxOperation operation = SandboxOperation.of(method.getName()).orElseThrow(() -> new IllegalStateException(
          "the generated " + generated.getSimpleName() + " has an operation the sandbox does not know: " + method.getName()));
      List<String> parameters = new ArrayList<>();
      for (Parameter parameter : method.getParameters()) {
        PathParam path = parameter.getAnnotation(PathParam.class);
        parameters.add(path == null ? null : path.value());
      }
      found.add(new Route(api, operation, httpMethod, split(base + pathOf(method)), mediaTypes(method.getAnnotation(Consumes.class)),
          mediaTypes(method.getAnnotation(Produces.class)), method, Collections.unmodifiableList(parameters)));
    }
    return List.copyOf(found);
  }

  private static String httpMethodOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (designator != null) {
        return designator.value();
      }
    }
    return null;
  }

  private static String pathOf(AnnotatedElement element) {
    Path path = element.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }

  private static List<String> split(String template) {
    return Arrays.stream(template.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }

  private static List<String> mediaTypes(Annotation annotation) {
    String[] values = annotation instanceof Consumes consumes ? consumes.value()
        : annotation instanceof Produces produces ? produces.value() : new String[0];
    return Arrays.stream(values).flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).toList();
  }
}
