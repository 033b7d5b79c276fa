package io.itwincontracts.conformance;

import static io.itwincontracts.conformance.BodyMutations.utf8;

import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bad requests of a fuzz run, generated from the specs: the operations and their request examples come from
 * the validator, the schemas from the YAML. First a fixed, exhaustive list (every slot of every example with every
 * bad value, every text-level breakage, header, path parameter, method and malformed HTTP case), then random
 * combinations of them, each drawn from its own {@code Random(seed, index)} so that any one case can be
 * regenerated alone.
 */
public final class FuzzCases {
  /** The bearer token every generated request carries where it is not itself the thing broken. */
  public static final String TOKEN = "fuzz-bearer-c0ffee-4d1e";
  static final String ACCEPT = "application/vnd.bentley.itwin-platform.v1+json";
  private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json; charset=utf-16",
      "application/json, text/plain", "garbage", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
      "application/json-patch+json", "*/*", "application/json; charset=nonsense", "application/", ";;;");
  private static final List<String> AUTHORIZATIONS = List.of("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer a b",
      "Bearer a,b", "Token " + TOKEN, "Bearer " + "t".repeat(8000), "Bearer\t" + TOKEN, "Bearer \"" + TOKEN + "\"", "Negotiate",
      "Bearer " + TOKEN + ", Bearer other", "");
  private static final List<String> ACCEPTS = List.of("text/html", "application/xml", ";;;", "application/vnd.bentley.itwin-platform.v2+json",
      "*/*;q=abc", "application/json;q=0", "image/png, text/*");
  private static final List<String> METHODS = List.of("DELETE", "PATCH", "HEAD", "OPTIONS", "FOO", "GET", "POST", "PUT");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final MalformedHttp malformed = new MalformedHttp(TOKEN);
  private final List<OperationModel> operations = new ArrayList<>();
  private final List<FuzzCase> fixed = new ArrayList<>();
  private final long seed;
  private final PathParameters parameters;
  private final List<String> badParameters;

  /**
   * The cases of a run.
   *
   * @param validator the specs to generate from
   * @param seed what the random part of the run is drawn from: the same seed, the same cases
   * @param parameters the path parameters of a valid request (IDs the server under test knows)
   */
  public FuzzCases(ContractValidator validator, long seed, PathParameters parameters) {
    this.seed = seed;
    this.parameters = parameters;
    String iTwin = parameters.value("iTwinId");
    this.badParameters = List.of("not-a-uuid", "%20", iTwin.toUpperCase(Locale.ROOT), "%7B" + iTwin + "%7D",
        iTwin.replace("-", ""), "x".repeat(5000), "%00", "%0A%0D", "%2F", "..", "%2E%2E", "%C3%28", "%FF%FE",
        "%E2%80%AE", "%F0%9F%98%80", "%27%20OR%201=1", "%25", "00000000-0000-0000-0000-000000000000", iTwin + "%00",
        "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    operations.addAll(OperationModel.all(validator));
    operations.forEach(this::addFixed);
    List.of("/", "/edfs", "/edfs/", "/edfs/unknown", "/itwins", "/synchronization/imodels",
        "/%2e%2e/%2e%2e/etc/passwd", "/edfs/itwins/" + iTwin + "/systems/extra", "/favicon.ico",
        "/edfs/itwins//systems", "//", "/edfs;jsessionid=1/itwins", "/application.wadl", "/edfs/application.wadl",
        "/itwins/" + iTwin + "/repositories", "/synchronization/imodels/manifestconnections/",
        "/EDFS/itwins/" + iTwin + "/systems", "/edfs/itwins/" + iTwin + "/systems?$top=-1").forEach(path -> {
      fixed.add(wellFormed("unknown path GET " + path, "GET", path, standardHeaders(false), null));
      fixed.add(wellFormed("unknown path POST " + path, "POST", path, standardHeaders(true), utf8("{}")));
    });
    malformed.cases(validPath(operations.get(0))).forEach(fixed::add);
  }

  /** Case {@code index}: from the fixed list while it lasts, then random. */
  public FuzzCase get(int index) {
    return index < fixed.size() ? fixed.get(index) : random(index);
  }

  /** How many cases the fixed, exhaustive list holds; indexes past it are random combinations. */
  public int fixedCount() {
    return fixed.size();
  }

  private void addFixed(OperationModel model) {
    Operation operation = model.operation();
    String op = operation.operationId() + " ";
    String path = validPath(model);
    boolean body = operation.hasRequestBody();
    Random random = new Random(seed);
    for (JsonNode example : model.examples()) {
      fixed.add(wellFormed(op + "/: unknown property", operation.method(), path, standardHeaders(true),
          model.mutations().withUnknownProperty(example, "", "unexpectedProperty")));
      for (BodyMutations.Slot slot : model.mutations().slots(example, model.schema())) {
        fixed.add(wellFormed(op + slot.pointer() + ": missing", operation.method(), path, standardHeaders(true),
            model.mutations().replaced(example, slot, null)));
        for (Map.Entry<String, JsonNode> bad : model.mutations().badValues(slot.schema(), random)) {
          fixed.add(wellFormed(op + slot.pointer() + ": " + bad.getKey(), operation.method(), path, standardHeaders(true),
              model.mutations().replaced(example, slot, bad.getValue())));
        }
        if (example.at(slot.pointer()).isObject()) {
          fixed.add(wellFormed(op + slot.pointer() + ": unknown property", operation.method(), path, standardHeaders(true),
              model.mutations().withUnknownProperty(example, slot.pointer(), "unexpectedProperty")));
        }
      }
      for (BodyMutations.Mutation mutation : BodyMutations.textual(example.toString(), random)) {
        fixed.add(wellFormed(op + mutation.label(), operation.method(), path, standardHeaders(true), mutation.body()));
      }
    }
    if (body) {
      for (BodyMutations.Mutation mutation : BodyMutations.wrongDocuments()) {
        fixed.add(wellFormed(op + mutation.label(), operation.method(), path, standardHeaders(true), mutation.body()));
      }
    }
    byte[] validBody = body && !model.examples().isEmpty() ? utf8(model.examples().get(0).toString()) : null;
    List<Map.Entry<String, String>> noContentType = new ArrayList<>(standardHeaders(false));
    fixed.add(wellFormed(op + "no content type", operation.method(), path, noContentType, validBody));
    for (String type : CONTENT_TYPES) {
      fixed.add(wellFormed(op + "content type " + type, operation.method(), path,
          replaced(standardHeaders(body), "Content-Type", type), validBody));
    }
    fixed.add(wellFormed(op + "no authorization", operation.method(), path,
        replaced(standardHeaders(body), "Authorization", null), validBody));
    for (String authorization : AUTHORIZATIONS) {
      fixed.add(wellFormed(op + "authorization " + abbreviate(authorization), operation.method(), path,
          replaced(standardHeaders(body), "Authorization", authorization), validBody));
    }
    for (String accept : ACCEPTS) {
      fixed.add(wellFormed(op + "accept " + accept, operation.method(), path,
          replaced(standardHeaders(body), "Accept", accept), validBody));
    }
    Matcher parameters = PARAMETER.matcher(model.pathTemplate());
    while (parameters.find()) {
      for (String bad : badParameters) {
        fixed.add(wellFormed(op + "path parameter " + parameters.group(1) + " = " + abbreviate(bad), operation.method(),
            pathWith(model, parameters.group(1), bad), standardHeaders(body), validBody));
      }
    }
    for (String method : METHODS) {
      if (!method.equals(operation.method())) {
        fixed.add(wellFormed(op + "method " + method, method, path, standardHeaders(body), validBody));
      }
    }
  }

  private FuzzCase random(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    if (random.nextInt(20) == 0) {
      return malformed.random(random, validPath(operations.get(random.nextInt(operations.size()))), index);
    }
    OperationModel model = operations.get(random.nextInt(operations.size()));
    Operation operation = model.operation();
    String label = operation.operationId() + " #" + index + ":";
    String path = validPath(model);
    List<Map.Entry<String, String>> headers = standardHeaders(operation.hasRequestBody());
    byte[] body = null;
    if (operation.hasRequestBody() && !model.examples().isEmpty()) {
      JsonNode example = model.examples().get(random.nextInt(model.examples().size()));
      body = utf8(example.toString());
      List<BodyMutations.Slot> slots = model.mutations().slots(example, model.schema());
      int kind = random.nextInt(10);
      if (kind < 6 && !slots.isEmpty()) {
        BodyMutations.Slot slot = slots.get(random.nextInt(slots.size()));
        List<Map.Entry<String, JsonNode>> values = model.mutations().badValues(slot.schema(), random);
        Map.Entry<String, JsonNode> bad = values.get(random.nextInt(values.size()));
        body = model.mutations().replaced(example, slot, bad.getValue());
        label += " " + slot.pointer() + " " + bad.getKey();
      } else if (kind < 9) {
        List<BodyMutations.Mutation> textual = BodyMutations.textual(example.toString(), random);
        BodyMutations.Mutation mutation = textual.get(random.nextInt(textual.size()));
        body = mutation.body();
        label += " " + mutation.label();
      } else {
        body = BodyMutations.randomBytes(random, random.nextInt(256));
        label += " random body";
      }
    }
    switch (random.nextInt(8)) {
      case 0 -> {
        String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        headers = replaced(headers, "Content-Type", type);
        label += " content type " + type;
      }
      case 1 -> {
        String authorization = AUTHORIZATIONS.get(random.nextInt(AUTHORIZATIONS.size()));
        headers = replaced(headers, "Authorization", authorization);
        label += " authorization " + abbreviate(authorization);
      }
      case 2 -> {
        Matcher parameters = PARAMETER.matcher(model.pathTemplate());
        if (parameters.find()) {
          String bad = random.nextBoolean() ? badParameters.get(random.nextInt(badParameters.size()))
              : java.net.URLEncoder.encode(RandomText.of(random, 1 + random.nextInt(40)), java.nio.charset.StandardCharsets.UTF_8);
          path = pathWith(model, parameters.group(1), bad);
          label += " " + parameters.group(1) + "=" + abbreviate(bad);
        }
      }
      case 3 -> {
        String method = METHODS.get(random.nextInt(METHODS.size()));
        label += " method " + method;
        return wellFormed(label, method, path, headers, body);
      }
      default -> { }
    }
    if (!operation.hasRequestBody()) {
      label += " (no body operation)";
    }
    return wellFormed(label, operation.method(), path, headers, body);
  }

  private static FuzzCase wellFormed(String name, String method, String path, List<Map.Entry<String, String>> headers,
      byte[] body) {
    return new FuzzCase.WellFormed(name, new Request(method, path, headers, body));
  }

  private String validPath(OperationModel model) {
    return parameters.path(model.pathTemplate());
  }

  private String pathWith(OperationModel model, String parameter, String value) {
    return parameters.with(parameter, value).path(model.pathTemplate());
  }

  static List<Map.Entry<String, String>> standardHeaders(boolean json) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("Authorization", "Bearer " + TOKEN));
    headers.add(Map.entry("Accept", ACCEPT));
    if (json) {
      headers.add(Map.entry("Content-Type", "application/json"));
    }
    return headers;
  }

  private static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> headers, String name, String value) {
    List<Map.Entry<String, String>> result = new ArrayList<>(headers.stream().filter(h -> !h.getKey().equals(name)).toList());
    if (value != null) {
      result.add(Map.entry(name, value));
    }
    return result;
  }

  /** Short enough for a case name, and without the token: case names are printed. */
  private static String abbreviate(String value) {
    String text = value.replace(TOKEN, "<token>");
    return text.length() <= 40 ? text : text.substring(0, 37) + "...(" + text.length() + " chars)";
  }
}
