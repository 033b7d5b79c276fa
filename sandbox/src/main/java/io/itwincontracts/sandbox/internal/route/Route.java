package io.itwincontracts.sandbox.internal.route;

import io.itwincontracts.sandbox.internal.api.Api;
import io.itwincontracts.sandbox.internal.api.SandboxOperation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One operation's route: its HTTP method and path template under its API, the media types it reads and writes,
 * and the method of the generated interface that implements it, with what each of its parameters is.
 *
 * @param api the API whose base path it is under
 * @param operation what the pages document for the operation
 * @param httpMethod GET, POST, PUT ...
 * @param segments the template's segments after the base path; {@code {name}} is a path parameter
 * @param consumes the media types of its request body, empty when it reads none
 * @param produces the media types it answers in, the first the default
 * @param method the generated interface's method
 * @param parameters per parameter of {@code method}, the path parameter it takes, or null for the body
 */
public record Route(Api api, SandboxOperation operation, String httpMethod, List<String> segments,
    List<String> consumes, List<String> produces, Method method, List<String> parameters) {
  /** The type the body is bound to, or null when the operation reads none. */
  public Class<?> bodyType() {
    int body = parameters.indexOf(null);
    return body < 0 ? null : method.getParameterTypes()[body];
  }

  /** Whether the segment at {@code index} is a path parameter, and so matches any one segment. */
  boolean isParameter(int index) {
    String segment = segments.get(index);
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /** The name of the path parameter at {@code index}. */
  String parameterName(int index) {
    String segment = segments.get(index);
    return segment.substring(1, segment.length() - 1);
  }
}
