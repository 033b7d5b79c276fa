package io.itwincontracts.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** {@link Target}'s written-out equality: each of its three parts counts, as a record's own would. */
class TargetTest {
  @Test
  void equalWhenOperationStatusAndComponentAreEqual() {
    assertEquals(Target.response("listSystems", "200"), new Target("listSystems", "200", null));
    assertEquals(Target.response("listSystems", "200").hashCode(), new Target("listSystems", "200", null).hashCode());
    assertEquals(Target.component("Error"), Target.component("Error"));
  }

  @Test
  void differsInEachPart() {
    Target target = new Target("createSystem", "201", null);
    assertNotEquals(target, new Target("listSystems", "201", null));
    assertNotEquals(target, new Target("createSystem", "422", null));
    assertNotEquals(target, new Target("createSystem", "201", "Error"));
    assertNotEquals(target, Target.request("createSystem"));
    assertNotEquals(target, null);
    assertNotEquals(target, "createSystem response 201");
  }
}
