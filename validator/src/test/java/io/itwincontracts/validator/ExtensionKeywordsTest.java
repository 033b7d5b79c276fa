package io.itwincontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.itwincontracts.testkit.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A spec's x- extensions leave nothing in the log of an application that validates (networknt logs via SLF4J). */
class ExtensionKeywordsTest {
  private final Logger networknt = Logger.getLogger("com.networknt");
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        warnings.add(record.getMessage() + " " + List.of(record.getParameters() == null
            ? new Object[0] : record.getParameters()));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    networknt.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    networknt.removeHandler(capture);
  }

  @Test
  void extensionsAreAnnotationsWhileAnUnknownKeywordIsStillReported() {
    ContractValidator validator = ContractValidator.forSpec(TestFiles.path("extensions-spec/edfs.yaml"));

    List<Violation> violations = validator.validate(Target.request("createSystem"),
        "{\"name\": \"Dev\", \"credentials\": {\"Password\": \"secret\"}}");

    assertThat(violations).isEmpty();
    assertThat(warnings).noneMatch(w -> w.contains("x-"));
    assertThat(warnings).anyMatch(w -> w.contains("Unknown keyword") && w.contains("madeUpKeyword"));
  }

  @Test
  void theBundledSpecsLeaveNoWarningNotEvenForTheDocumentsRootFields() {
    // a fresh validator of the released spec file: its schemas are compiled here, where the log is listened to
    ContractValidator validator = ContractValidator.forSpec(Path.of("../openapi/src/main/resources/openapi/edfs.yaml"));

    validator.validate(Target.response("listSystems", "200"), "{\"systems\": []}");
    validator.validate(Target.response("createSystem", "409"), "{}");

    assertThat(warnings).noneMatch(w -> w.matches("(?s).*Unknown keyword (openapi|info|servers|paths|components|security|tags)\\b.*"));
  }
}
