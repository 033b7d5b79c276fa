package io.itwincontracts.conformance.internal.verify;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.itwincontracts.conformance.Check;
import io.itwincontracts.conformance.internal.generator.OperationModel;
import io.itwincontracts.conformance.internal.http.Answer;
import io.itwincontracts.conformance.internal.http.Problem;
import io.itwincontracts.runtime.internal.JsonLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The stateful sequences the operations allow, found from the specs alone: an operation that creates (POST) and
 * documents a 409 is sent the same new body twice, the second time it must answer the 409; and when a GET lists
 * the same path, the list after the create must hold the text values sent and answered, where it shows them.
 */
final class Sequences {
  /** A server's answer is read within the products' one set of JSON limits. */
  private static final JsonMapper JSON = JsonLimits.mapper().build();

  private final List<OperationModel> selected;
  private final Map<String, VerifySuite> suites;

  /** The sequences among {@code selected}, whose cases {@code suites} (by operationId) make. */
  Sequences(List<OperationModel> selected, Map<String, VerifySuite> suites) {
    this.selected = selected;
    this.suites = suites;
  }

  void run(Runner run, long seed) throws InterruptedException {
    for (OperationModel create : selected) {
      if (!"POST".equals(create.operation().method()) || !create.operation().statuses().contains("409")) {
        continue;
      }
      VerifySuite creates = suites.get(create.operationId());
      // a new body each seed: a rerun with another seed does not collide with the items of this one
      JsonNode body = creates.generatedBody(new Random(seed * 31 + create.operationId().hashCode()));
      Answer created = run.execute(creates.step("create a new item", body, Expectation.SUCCESS));
      if (created.status() < 200 || created.status() >= 300) {
        continue;
      }
      for (OperationModel list : selected) {
        if ("GET".equals(list.operation().method()) && list.pathTemplate().equals(create.pathTemplate())) {
          VerifyCase listing = suites.get(list.operationId()).step("list after the create", null, Expectation.SUCCESS);
          Answer listed = run.execute(listing);
          List<String> missing = missing(body.toString(), listed.body());
          missing.addAll(missing(created.body(), listed.body()));
          if (listed.status() >= 200 && listed.status() < 300 && !missing.isEmpty()) {
            run.fail(listing, new Problem(Check.SEQUENCE, "the list holds the item just created by "
                + create.operationId(), "it lacks " + missing));
          }
        }
      }
      run.execute(creates.step("create the same item again", body, creates.conflict()));
    }
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
    for (Map.Entry<String, JsonNode> property : item.properties()) {
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
