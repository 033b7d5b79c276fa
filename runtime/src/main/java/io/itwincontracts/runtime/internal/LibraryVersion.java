package io.itwincontracts.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of these artifacts, written into {@code version.properties} by the build (resource filtering), so the
 * client's User-Agent, the CLI's and the sandbox's {@code --version} all say the same thing.
 */
public final class LibraryVersion {
  private static final String RESOURCE = "version.properties";
  private static final String VERSION = read();

  private LibraryVersion() {}

  /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the itwin-contracts-runtime jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
