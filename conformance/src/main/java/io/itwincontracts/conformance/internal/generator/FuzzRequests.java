package io.itwincontracts.conformance.internal.generator;

import io.itwincontracts.conformance.internal.http.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the fixed and the random half of the fuzz run build their requests from: the valid path and headers of an
 * operation, and the bad values of each part of a request that is not its body.
 */
final class FuzzRequests {
  static final String ACCEPT = "application/vnd.bentley.itwin-platform.v1+json";
  static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json; charset=utf-16",
      "application/json, text/plain", "garbage", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
      "application/json-patch+json", "*/*", "application/json; charset=nonsense", "application/", ";;;");
  static final List<String> ACCEPTS = List.of("text/html", "application/xml", ";;;",
      "application/vnd.bentley.itwin-platform.v2+json", "*/*;q=abc", "application/json;q=0", "image/png, text/*");
  static final List<String> METHODS = List.of("DELETE", "PATCH", "HEAD", "OPTIONS", "FOO", "GET", "POST", "PUT");
  static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final String token;
  private final PathParameters parameters;
  /** The Authorization values to send instead of the valid one. */
  final List<String> authorizations;
  /** The values to put in a path parameter instead of a known ID. */
  final List<String> badParameters;

  FuzzRequests(String token, PathParameters parameters) {
    this.token = token;
    this.parameters = parameters;
    this.authorizations = List.of("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer a b", "Bearer a,b", "Token " + token,
        "Bearer " + "t".repeat(8000), "Bearer\t" + token, "Bearer \"" + token + "\"", "Negotiate",
        "Bearer " + token + ", Bearer other", "");
    String iTwin = iTwin();
    this.badParameters = List.of("not-a-uuid", "%20", iTwin.toUpperCase(Locale.ROOT), "%7B" + iTwin + "%7D",
        iTwin.replace("-", ""), "x".repeat(5000), "%00", "%0A%0D", "%2F", "..", "%2E%2E", "%C3%28", "%FF%FE",
        "%E2%80%AE", "%F0%9F%98%80", "%27%20OR%201=1", "%25", "00000000-0000-0000-0000-000000000000", iTwin + "%00",
        "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
  }

  /** The iTwin the server knows: the unknown paths and the bad path parameters are variations of it. */
  String iTwin() {
    return parameters.value("iTwinId");
  }

  String validPath(OperationModel model) {
    return parameters.path(model.pathTemplate());
  }

  String pathWith(OperationModel model, String parameter, String value) {
    return parameters.with(parameter, value).path(model.pathTemplate());
  }

  /** Text for a path parameter: random code points, percent-encoded so that the path is still a path. */
  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The valid token, the API's Accept and, for a body, the JSON content type. */
  List<Map.Entry<String, String>> standardHeaders(boolean json) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("Authorization", "Bearer " + token));
    headers.add(Map.entry("Accept", ACCEPT));
    if (json) {
      headers.add(Map.entry("Content-Type", "application/json"));
    }
    return headers;
  }

  /** The headers with {@code name} moved last and set to {@code value}, or removed when it is null. */
  static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> headers, String name, String value) {
    List<Map.Entry<String, String>> result = new ArrayList<>(headers.stream().filter(h -> !h.getKey().equals(name)).toList());
    if (value != null) {
      result.add(Map.entry(name, value));
    }
    return result;
  }

  /** Short enough for a case name, and without the token: case names are printed. */
  String abbreviate(String value) {
    String text = value.replace(token, "<token>");
    return text.length() <= 40 ? text : text.substring(0, 37) + "...(" + text.length() + " chars)";
  }

  static FuzzCase wellFormed(String name, String method, String path, List<Map.Entry<String, String>> headers,
      byte[] body) {
    return new FuzzCase.WellFormed(name, new Request(method, path, headers, body));
  }
}
