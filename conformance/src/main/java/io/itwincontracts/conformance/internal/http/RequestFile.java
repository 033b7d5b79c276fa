package io.itwincontracts.conformance.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request written to a file for a person to read or replay, in the one format the fuzz run and verify share: a
 * comment line naming the case, the seed and the problem (strip it before replaying), then the request's bytes.
 */
public final class RequestFile {
  private RequestFile() {}

  /**
   * Writes {@code directory/fileName}, replacing a file of that name.
   *
   * @param name the case, for the comment line
   * @param seed the run's seed, for the comment line
   * @param problem what went wrong, for the comment line (line breaks become spaces: the comment is one line)
   * @param request the request as it goes on the wire
   * @return the file written
   */
  public static Path write(Path directory, String fileName, String name, long seed, String problem, byte[] request)
      throws IOException {
    Files.createDirectories(directory);
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(("# " + (name + " (fuzz.seed=" + seed + "): " + problem).replaceAll("[\\r\\n]", " ") + "\n")
        .getBytes(StandardCharsets.UTF_8));
    content.writeBytes(request);
    return Files.write(directory.resolve(fileName), content.toByteArray());
  }
}
