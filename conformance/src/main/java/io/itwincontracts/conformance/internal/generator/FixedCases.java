package io.itwincontracts.conformance.internal.generator;

import static io.itwincontracts.conformance.internal.generator.Bytes.utf8;
import static io.itwincontracts.conformance.internal.generator.FuzzRequests.replaced;
import static io.itwincontracts.conformance.internal.generator.FuzzRequests.wellFormed;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.validator.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

/**
 * The fixed, exhaustive half of the fuzz run: for each operation every breakage of every request example, every
 * wrong document, content type, authorization, accept, path parameter and method; then paths no spec has, and the
 * malformed HTTP.
 */
final class FixedCases {
  private final FuzzRequests requests;
  private final long seed;

  private FixedCases(FuzzRequests requests, long seed) {
    this.requests = requests;
    this.seed = seed;
  }

  static List<FuzzCase> of(List<OperationModel> operations, FuzzRequests requests, MalformedHttp malformed, long seed) {
    FixedCases fixed = new FixedCases(requests, seed);
    List<FuzzCase> cases = new ArrayList<>();
    operations.forEach(model -> fixed.add(model, cases));
    String iTwin = requests.iTwin();
    List.of("/", "/edfs", "/edfs/", "/edfs/unknown", "/itwins", "/synchronization/imodels",
        "/%2e%2e/%2e%2e/etc/passwd", "/edfs/itwins/" + iTwin + "/systems/extra", "/favicon.ico",
        "/edfs/itwins//systems", "//", "/edfs;jsessionid=1/itwins", "/application.wadl", "/edfs/application.wadl",
        "/itwins/" + iTwin + "/repositories", "/synchronization/imodels/manifestconnections/",
        "/EDFS/itwins/" + iTwin + "/systems", "/edfs/itwins/" + iTwin + "/systems?$top=-1").forEach(path -> {
      cases.add(wellFormed("unknown path GET " + path, "GET", path, requests.standardHeaders(false), null));
      cases.add(wellFormed("unknown path POST " + path, "POST", path, requests.standardHeaders(true), utf8("{}")));
    });
    cases.addAll(malformed.cases(requests.validPath(operations.get(0))));
    return cases;
  }

  private void add(OperationModel model, List<FuzzCase> cases) {
    Operation operation = model.operation();
    String op = operation.operationId() + " ";
    String method = operation.method();
    String path = requests.validPath(model);
    boolean body = operation.hasRequestBody();
    // one random per operation, whatever the others draw: an operation's cases do not move when another's change
    Random random = new Random(seed);
    for (JsonNode example : model.examples()) {
      for (Mutation mutation : model.mutations().of(example, model.schema(), random)) {
        cases.add(wellFormed(op + mutation.label(), method, path, requests.standardHeaders(true), mutation.body()));
      }
    }
    if (body) {
      for (Mutation mutation : TextMutations.wrongDocuments()) {
        cases.add(wellFormed(op + mutation.label(), method, path, requests.standardHeaders(true), mutation.body()));
      }
    }
    byte[] validBody = body && !model.examples().isEmpty() ? utf8(model.examples().get(0).toString()) : null;
    cases.add(wellFormed(op + "no content type", method, path, requests.standardHeaders(false), validBody));
    for (String type : FuzzRequests.CONTENT_TYPES) {
      cases.add(wellFormed(op + "content type " + type, method, path,
          replaced(requests.standardHeaders(body), "Content-Type", type), validBody));
    }
    cases.add(wellFormed(op + "no authorization", method, path,
        replaced(requests.standardHeaders(body), "Authorization", null), validBody));
    for (String authorization : requests.authorizations) {
      cases.add(wellFormed(op + "authorization " + requests.abbreviate(authorization), method, path,
          replaced(requests.standardHeaders(body), "Authorization", authorization), validBody));
    }
    for (String accept : FuzzRequests.ACCEPTS) {
      cases.add(wellFormed(op + "accept " + accept, method, path,
          replaced(requests.standardHeaders(body), "Accept", accept), validBody));
    }
    Matcher parameters = FuzzRequests.PARAMETER.matcher(model.pathTemplate());
    while (parameters.find()) {
      for (String bad : requests.badParameters) {
        cases.add(wellFormed(op + "path parameter " + parameters.group(1) + " = " + requests.abbreviate(bad), method,
            requests.pathWith(model, parameters.group(1), bad), requests.standardHeaders(body), validBody));
      }
    }
    for (String other : FuzzRequests.METHODS) {
      if (!other.equals(method)) {
        cases.add(wellFormed(op + "method " + other, other, path, requests.standardHeaders(body), validBody));
      }
    }
  }
}
