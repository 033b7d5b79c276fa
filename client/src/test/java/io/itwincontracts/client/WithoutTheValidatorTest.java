package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itwincontracts.testkit.LoopbackServer;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The validator is an optional dependency: on a classpath without it (this test's own, minus the validator), a
 * client without checks calls as ever, and turning checks on fails at build() naming the artifact to add.
 */
class WithoutTheValidatorTest {
  private static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";

  @Test
  void aClientWithoutChecksCallsWithoutTheValidatorOnTheClasspath() throws Exception {
    try (LoopbackServer server = LoopbackServer.scripted(); URLClassLoader loader = withoutTheValidator()) {
      server.enqueue(json(200, resource("responses/systems.json")));
      Object platform = build(loader, server.baseUrl(), "OFF");
      Object edfs = platform.getClass().getMethod("edfs").invoke(platform);
      Method listSystems = loader.loadClass("io.itwincontracts.client.edfs.EdfsApi").getMethod("listSystems", String.class);

      assertThat(listSystems.invoke(edfs, ITWIN).toString()).contains("devsqlserver");
      assertThat(loader.loadClass("io.itwincontracts.client.ITwinPlatform").getClassLoader()).isSameAs(loader);
      assertThatThrownBy(() -> loader.loadClass("io.itwincontracts.validator.ContractValidator"))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void turningChecksOnWithoutTheValidatorFailsAtBuildNamingTheArtifact() throws Exception {
    try (URLClassLoader loader = withoutTheValidator()) {
      InvocationTargetException failed = null;
      try {
        build(loader, "http://127.0.0.1:1", "STRICT");
      } catch (InvocationTargetException e) {
        failed = e;
      }

      assertThat(failed).isNotNull();
      assertThat(failed.getCause()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("contractChecks(STRICT)")
          .hasMessageContaining("add the dependency io.itwincontracts:itwin-contracts-validator");
    }
  }

  /** ITwinPlatform.builder().baseUrl(url).tokenSupplier(() -> "t").contractChecks(mode).build(), in the loader. */
  private static Object build(ClassLoader loader, String url, String mode) throws Exception {
    Class<?> platform = loader.loadClass("io.itwincontracts.client.ITwinPlatform");
    Class<?> checks = loader.loadClass("io.itwincontracts.client.ContractChecks");
    Object builder = platform.getMethod("builder").invoke(null);
    Class<?> type = builder.getClass();
    type.getMethod("baseUrl", String.class).invoke(builder, url);
    type.getMethod("tokenSupplier", Supplier.class).invoke(builder, (Supplier<String>) () -> "t");
    type.getMethod("contractChecks", checks).invoke(builder, checks.getMethod("valueOf", String.class).invoke(null, mode));
    return type.getMethod("build").invoke(builder);
  }

  /** This test's classpath without the validator, over the platform loader (so nothing leaks in from ours). */
  private static URLClassLoader withoutTheValidator() {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    URL[] urls = Arrays.stream(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.contains("itwin-contracts-validator") && !entry.contains(File.separator + "validator" + File.separator))
        .map(WithoutTheValidatorTest::url)
        .toArray(URL[]::new);
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }
}
