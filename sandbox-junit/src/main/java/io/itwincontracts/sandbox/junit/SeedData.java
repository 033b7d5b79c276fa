package io.itwincontracts.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Data files on the test classpath (the sandbox's {@code --data} format) added to the sandbox before the test (on a
 * method) or before every test of the class (on the class); the reset after the test removes them again.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SeedData {
  /** Classpath resources, e.g. {@code "seeds/two-systems.json"}. */
  String[] value();
}
