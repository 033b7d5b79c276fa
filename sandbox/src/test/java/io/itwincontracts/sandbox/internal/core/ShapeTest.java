package io.itwincontracts.sandbox.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.itwincontracts.sandbox.RateLimit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link SandboxCore.Shape}'s written-out equality, the parked cores' key: each setting counts. */
class ShapeTest {
  private static final SandboxCore.Shape SHAPE = new SandboxCore.Shape(8, RateLimit.trial(), true, null, false);

  @Test
  void equalSettingsAreOneShape() {
    SandboxCore.Shape same = new SandboxCore.Shape(8, RateLimit.trial(), true, null, false);
    assertEquals(SHAPE, same);
    assertEquals(SHAPE.hashCode(), same.hashCode());
  }

  @Test
  void eachSettingMakesAnotherShape() {
    assertNotEquals(SHAPE, new SandboxCore.Shape(4, RateLimit.trial(), true, null, false));
    assertNotEquals(SHAPE, new SandboxCore.Shape(8, RateLimit.basic(), true, null, false));
    assertNotEquals(SHAPE, new SandboxCore.Shape(8, null, true, null, false));
    assertNotEquals(SHAPE, new SandboxCore.Shape(8, RateLimit.trial(), false, null, false));
    assertNotEquals(SHAPE, new SandboxCore.Shape(8, RateLimit.trial(), true, Path.of("edfs.yaml"), false));
    assertNotEquals(SHAPE, new SandboxCore.Shape(8, RateLimit.trial(), true, null, true));
    assertNotEquals(SHAPE, null);
  }
}
