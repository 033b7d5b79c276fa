package io.itwincontracts.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputStampTest {
  @TempDir
  Path dir;

  @Test
  void aRecordedDigestHoldsUntilAnInputFileChanges() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("widgets.yaml"), "openapi: 3.0.3\n");
    InputStamp stamp = new InputStamp(dir.resolve("stamps/check.sha256")).tree("specs", specs);
    stamp.record(stamp.digest());

    assertThat(stamp.holds(stamp.digest())).isTrue();
    Files.writeString(specs.resolve("widgets.yaml"), "openapi: 3.0.4\n");
    assertThat(stamp.holds(stamp.digest())).isFalse();
  }

  @Test
  void theSameBytesWithANewDateAreNoChange() throws Exception {
    Path spec = Files.writeString(dir.resolve("widgets.yaml"), "openapi: 3.0.3\n");
    InputStamp stamp = new InputStamp(dir.resolve("check.sha256")).tree("spec", spec);
    stamp.record(stamp.digest());

    Files.setLastModifiedTime(spec, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(stamp.holds(stamp.digest())).isTrue();
  }

  @Test
  void aNewFileAndAChangedParameterAreChanges() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    String before = new InputStamp(dir.resolve("s")).tree("specs", specs).value("policy", "strict").digest();

    assertThat(new InputStamp(dir.resolve("s")).tree("specs", specs).value("policy", "bentley").digest())
        .isNotEqualTo(before);
    Files.writeString(specs.resolve("common.yaml"), "");
    assertThat(new InputStamp(dir.resolve("s")).tree("specs", specs).value("policy", "strict").digest())
        .isNotEqualTo(before);
  }

  @Test
  void nothingHoldsBeforeTheFirstSuccessfulRun() {
    InputStamp stamp = new InputStamp(dir.resolve("never-written.sha256")).value("policy", "strict");

    assertThat(stamp.holds(stamp.digest())).isFalse();
  }
}
