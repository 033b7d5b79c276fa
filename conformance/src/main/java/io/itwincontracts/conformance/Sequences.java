package io.itwincontracts.conformance;

import static io.itwincontracts.conformance.VerifySuite.utf8;

import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.generator.PathParameters;
import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.conformance.internal.http.Problem;
import io.itwincontracts.conformance.internal.http.Request;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The stateful sequences the operations allow, found from the specs alone: an operation that creates (POST) and
 * documents a 409 is sent the same new body twice, the second time it must answer the 409; and when a GET lists
 * the same path, the list after the create must hold the text values sent and answered, where it shows them.
 */
final class Sequences {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<OperationModel> selected;
  private final PathParameters parameters;
  private final String token;

  Sequences(List<OperationModel> selected, PathParameters parameters, String token) {
    this.selected = selected;
    this.parameters = parameters;
    this.token = token;
  }

  void run(VerifyRun run, java.util.function.Function<OperationModel, VerifySuite> suites, long seed) throws InterruptedException {
    for (OperationModel create : selected) {
      if (!"POST".equals(create.operation().method()) || !create.operation().statuses().contains("409")) {
        continue;
      }
      JsonNode body = suites.apply(create).generatedBody(new Random(seed * 31 + create.operationId().hashCode()));
      VerifyCase first = step(create, "create a new item", body, Expectation.SUCCESS);
      Answer created = run.execute(first);
      if (created.status() < 200 || created.status() >= 300) {
        continue;
      }
      for (OperationModel list : selected) {
        if ("GET".equals(list.operation().method()) && list.pathTemplate().equals(create.pathTemplate())) {
          VerifyCase listing = step(list, "list after the create", null, Expectation.SUCCESS);
          Answer listed = run.execute(listing);
          List<String> missing = missing(body.toString(), listed.body());
          missing.addAll(missing(created.body(), listed.body()));
          if (listed.status() >= 200 && listed.status() < 300 && !missing.isEmpty()) {
            run.fail(listing, new Problem(Check.SEQUENCE, "the list holds the item just created by "
                + create.operationId(), "it lacks " + missing));
          }
        }
      }
      run.execute(step(create, "create the same item again", body, suites.apply(create).conflict()));
    }
  }

  private VerifyCase step(OperationModel model, String label, JsonNode body, Expectation expectation) {
    return new VerifyCase(model.operationId(), VerifyCase.Kind.SEQUENCE, label, new Request(model.operation().method(),
        parameters.path(model.pathTemplate()), VerifySuite.headers("Bearer " + token, body != null),
        body == null ? null : utf8(body.toString())), expectation);
  }

  /**
   * The text properties of the item sent or created that the list does not show: only properties the list has at
   * all count (a list item may show less than the create's answer, never other values).
   */
  private static List<String> missing(String created, String listed) {
    List<String> missing = new ArrayList<>();
    try {
      JsonNode item = JSON.readTree(created);
      JsonNode list = JSON.readTree(listed);
      collect(item, list, missing);
    } catch (JacksonException notJson) {
      // the response checks report a body that is not JSON
    }
    return missing;
  }

  private static void collect(JsonNode item, JsonNode list, List<String> missing) {
    for (java.util.Map.Entry<String, JsonNode> property : item.properties()) {
      JsonNode value = property.getValue();
      if (value.isTextual() && !list.findValues(property.getKey()).isEmpty()
          && !list.findValuesAsText(property.getKey()).contains(value.asText())) {
        missing.add(property.getKey() + "=" + value.asText());
      } else if (value.isObject()) {
        collect(value, list, missing);
      }
    }
  }
}
