package io.itwincontracts.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands a plain {@code java -jar itwin-contracts.jar ...} run to the launcher the build put beside the jar. Java 17
 * takes a class-data archive only from its command line, so a {@code java -jar} run reads and verifies about 1,400
 * classes from the jar that the launcher's JVM maps from the archive: a second JVM started through the launcher
 * finishes first. Handed off only when
 * <ul>
 *   <li>the JVM was given no option of its own: any option (a heap size, a debugger, a property) means the user chose
 *       this JVM;</li>
 *   <li>the launcher and an archive made by this very JDK are beside the jar (a jar copied elsewhere runs here);</li>
 *   <li>the command is not {@code proxy}: it runs until stopped, so its start matters little, and one JVM is less to
 *       stop.</li>
 * </ul>
 * The launched run gets this JDK as its {@code JAVA_HOME}, this run's standard streams, and gives back its exit code;
 * stopping this JVM (a signal, Ctrl-C) stops it too. When it cannot be started, this JVM runs the command itself.
 */
final class LauncherHandOff {
  static final String LAUNCHER = "itwin-contracts";
  static final String ARCHIVE = "itwin-contracts.jsa";
  /** Written by the build beside the archive: the {@code java.home} and {@code java.vm.version} that made it. */
  static final String ARCHIVE_JDK = "itwin-contracts.jsa.jdk";
  private static final long STOP_GRACE_SECONDS = 5;

  private LauncherHandOff() {}

  /** The launched run's exit code, or nothing when this JVM is to run the command itself. */
  static OptionalInt run(String... args) {
    if (!handsOff(processArguments(), args)) {
      return OptionalInt.empty();
    }
    try {
      Path directory = jarDirectory();
      if (directory == null || !fits(directory, thisJdk())) {
        return OptionalInt.empty();
      }
      List<String> command = new ArrayList<>();
      command.add(directory.resolve(LAUNCHER).toString());
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      // the hook is in place before the second JVM exists, and waits for start() to return: a signal that comes
      // while it starts still stops it
      AtomicReference<Process> launched = new AtomicReference<>();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        synchronized (launched) {
          stop(launched.get());
        }
      }, "itwin-contracts-hand-off-stop"));
      synchronized (launched) {
        launched.set(builder.start());
      }
      return OptionalInt.of(launched.get().waitFor());
    } catch (IOException | URISyntaxException | SecurityException cannotStart) {
      return OptionalInt.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(ExitCode.USAGE_OR_IO_ERROR);
    }
  }

  /**
   * Whether a run is handed off, from the arguments the java executable was given (its options, then {@code -jar}
   * and the jar, then the command's) and the command's own arguments.
   */
  static boolean handsOff(List<String> processArguments, String... args) {
    boolean plainJavaJar = processArguments.size() >= 2 && processArguments.get(0).equals("-jar");
    boolean runsUntilStopped = args.length > 0 && args[0].equals("proxy");
    return plainJavaJar && !runsUntilStopped;
  }

  /**
   * The arguments of the java executable. Read from {@code /proc/self/cmdline} where there is one: the JDK's own
   * {@code ProcessHandle} spins method handles when first used (about 10 ms of every launcher run, which never hands
   * off).
   */
  private static List<String> processArguments() {
    try {
      String commandLine = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), Charset.defaultCharset());
      List<String> words = List.of(commandLine.split("\0"));
      return words.subList(Math.min(1, words.size()), words.size());
    } catch (IOException | UnsupportedOperationException | SecurityException noProcFileSystem) {
      return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
    }
  }

  /** Whether {@code directory} holds an executable launcher and an archive made by {@code jdk} (its two lines). */
  static boolean fits(Path directory, List<String> jdk) throws IOException {
    Path madeBy = directory.resolve(ARCHIVE_JDK);
    return Files.isExecutable(directory.resolve(LAUNCHER)) && Files.isRegularFile(directory.resolve(ARCHIVE))
        && Files.isRegularFile(madeBy) && Files.readAllLines(madeBy).equals(jdk);
  }

  static List<String> thisJdk() {
    return List.of(System.getProperty("java.home"), System.getProperty("java.vm.version"));
  }

  private static Path jarDirectory() throws URISyntaxException {
    CodeSource source = LauncherHandOff.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    Path jar = Path.of(source.getLocation().toURI());
    return Files.isRegularFile(jar) ? jar.toAbsolutePath().getParent() : null;
  }

  private static void stop(Process launched) {
    if (launched == null || !launched.isAlive()) {
      return;
    }
    launched.destroy();
    try {
      if (!launched.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        launched.destroyForcibly();
      }
    } catch (InterruptedException e) {
      launched.destroyForcibly();
    }
  }
}
