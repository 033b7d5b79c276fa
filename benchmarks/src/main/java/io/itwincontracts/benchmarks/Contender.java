package io.itwincontracts.benchmarks;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One server of the peer comparison: how to launch it on a port, what to do once it listens before it can answer
 * (MockServer takes its stubs over HTTP), and the GET and PUT it gets. Prism serves one spec per process, so its
 * PUT (another spec) goes to a second process launched by {@code putCommand}.
 *
 * @param name the column of the table
 * @param command the launch command for a port
 * @param prepare run once it is launched, before the first answer is awaited (may poll until the server listens)
 * @param get the GET listSystems, expected 200
 * @param put the PUT updateManifestConnection, expected 200
 * @param putCommand the launch command of the process that serves the PUT, or null if this one does
 * @param peer whether it is another tool (WireMock, MockServer, Prism) rather than the sandbox or the baseline
 */
record Contender(String name, IntFunction<List<String>> command, Preparation prepare, byte[] get, byte[] put,
    IntFunction<List<String>> putCommand, boolean peer) {

  /** Work to do after launching and before awaiting the first answer. */
  interface Preparation {
    Preparation NONE = port -> { };

    void run(int port) throws Exception;
  }
}
