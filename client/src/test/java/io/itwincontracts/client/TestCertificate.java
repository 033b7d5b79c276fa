package io.itwincontracts.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A self-signed certificate for {@code localhost}, made with the JDK's {@code keytool} in a temporary directory:
 * a key store for a TLS server, and a trust store holding only its certificate, which this JVM's default TLS
 * context is told to trust. Must run before anything in the JVM builds a default TLS context.
 */
final class TestCertificate implements AutoCloseable {
  static final String PASSWORD = "test-only";
  private final Path directory;

  private TestCertificate(Path directory) {
    this.directory = directory;
  }

  static TestCertificate trustedByThisJvm() throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("itwin-client-tls");
    TestCertificate certificate = new TestCertificate(directory);
    keytool("-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", certificate.keyStore().toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
    Path cer = directory.resolve("localhost.cer");
    keytool("-exportcert", "-alias", "localhost", "-keystore", certificate.keyStore().toString(), "-storepass", PASSWORD,
        "-file", cer.toString());
    Path trust = directory.resolve("trust.p12");
    keytool("-importcert", "-noprompt", "-alias", "localhost", "-file", cer.toString(), "-storetype", "PKCS12",
        "-keystore", trust.toString(), "-storepass", PASSWORD);
    System.setProperty("javax.net.ssl.trustStore", trust.toString());
    System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    return certificate;
  }

  Path keyStore() {
    return directory.resolve("localhost.p12");
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(args));
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
    }
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + directory, e);
    }
  }
}
