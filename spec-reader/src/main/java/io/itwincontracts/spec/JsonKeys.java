package io.itwincontracts.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The property names of a JSON object in document order, as a list a loop can walk and the tree can change under. */
public final class JsonKeys {
  private JsonKeys() {}

  /** The names, or none for anything that is not an object (a missing node included). */
  public static List<String> of(JsonNode node) {
    List<String> names = new ArrayList<>(node.size());
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
