package io.itwincontracts.benchmarks;

import io.itwincontracts.sandbox.Sandbox;

/**
 * {@code BareJetty PORT}: the load baseline ({@link ConstantServer}) as a process of its own, for the cold-start
 * comparison; runs until it is stopped.
 */
public final class BareJetty {
  private BareJetty() {}

  public static void main(String[] args) throws Exception {
    ConstantServer server = new ConstantServer(Sandbox.DEFAULT_THREADS, Integer.parseInt(args[0]));
    System.out.println("bare Jetty listening on 127.0.0.1:" + server.port());
    Thread.currentThread().join();
  }
}
