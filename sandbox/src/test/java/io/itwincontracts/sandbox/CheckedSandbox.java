package io.itwincontracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox per test class in check mode: after the class, every response it sent must have matched the spec
 * (the central response assertion of the suite), and it must have checked some.
 */
final class CheckedSandbox implements BeforeAllCallback, AfterAllCallback {
  private final Sandbox.Builder builder;
  private Sandbox sandbox;

  CheckedSandbox() {
    this(Sandbox.builder());
  }

  CheckedSandbox(Sandbox.Builder builder) {
    this.builder = builder.port(0).checkResponses(true);
  }

  Sandbox sandbox() {
    return sandbox;
  }

  SandboxHttp http() {
    return new SandboxHttp(sandbox);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox = builder.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      assertThat(sandbox.checkedResponses()).as("responses checked against the spec").isPositive();
      assertThat(sandbox.responseProblems()).as("responses that broke the spec").isEmpty();
    } finally {
      sandbox.close();
    }
  }
}
