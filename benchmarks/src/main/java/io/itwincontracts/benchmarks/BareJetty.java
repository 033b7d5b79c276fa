package io.itwincontracts.benchmarks;

import io.itwincontracts.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code BareJetty PORT BODY_FILE}: the load baseline ({@link ConstantServer}) as a process of its own, for the
 * cold-start comparison, on a class path of Jetty alone (see {@link Contenders}); runs until it is stopped.
 */
public final class BareJetty {
  private BareJetty() {}

  public static void main(String[] args) throws Exception {
    ConstantServer server = new ConstantServer(Sandbox.DEFAULT_THREADS, Integer.parseInt(args[0]),
        Files.readAllBytes(Path.of(args[1])));
    System.out.println("bare Jetty listening on 127.0.0.1:" + server.port());
    Thread.currentThread().join();
  }
}
