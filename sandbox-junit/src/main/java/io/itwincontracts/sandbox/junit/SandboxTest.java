package io.itwincontracts.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against an embedded sandbox ({@link SandboxExtension}): one per class, or one per test
 * with {@link #perTest}; back to its start data after every test; a test fails when the sandbox sent it a response
 * that breaks the spec. Test methods (and constructors, lifecycle methods) may take a {@code Sandbox}, its base
 * {@code URI} and a ready {@code ITwinPlatform} as parameters.
 *
 * <pre>{@code
 * @SandboxTest
 * class MyServiceTest {
 *   @Test
 *   void createsTheSystem(ITwinPlatform platform, Sandbox sandbox) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SandboxExtension.class)
public @interface SandboxTest {
  /** A data file on the test classpath (the sandbox's {@code --data} format) to start from instead of the bundled data. */
  String data() default "";

  /** A new sandbox for every test instead of one for the class (slower; for tests that change its settings). */
  boolean perTest() default false;

  /** Serve the admin endpoints under {@code /__sandbox} (for code that drives the sandbox over HTTP). */
  boolean adminEndpoints() default false;
}
