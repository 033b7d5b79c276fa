package io.itwincontracts.benchmarks;

/**
 * The mixed read/write traffic of a load run, in a fixed cycle of ten: seven {@code listSystems} of a two-item
 * list, two {@code updateManifestConnection} (PUT), one {@code createSystem} (POST, a new systemId each time, on an
 * iTwin nothing reads, so the list read stays the same size).
 */
final class LoadMix {
  private static final byte[] LIST = KeepAliveConnection.request("GET",
      "/edfs/itwins/" + SandboxIds.READ_ITWIN + "/systems", null);
  private static final byte[] UPDATE = KeepAliveConnection.request("PUT",
      "/synchronization/imodels/manifestconnections/" + SandboxIds.CONNECTION, "{\"displayName\":\"Nightly\"}");

  /** The mix as the load generator's traffic. */
  static final Traffic TRAFFIC = new Traffic() {
    @Override
    public byte[] request(int connection, long n) {
      return LoadMix.request(connection, n);
    }

    @Override
    public boolean expected(long n, int status) {
      return LoadMix.expected(n, status);
    }
  };

  private LoadMix() {}

  /** The n-th request of connection {@code connection}. */
  static byte[] request(int connection, long n) {
    int slot = (int) (n % 10);
    if (slot < 7) {
      return LIST;
    }
    if (slot < 9) {
      return UPDATE;
    }
    return KeepAliveConnection.request("POST", "/edfs/itwins/" + SandboxIds.WRITE_ITWIN + "/systems",
        SandboxIds.createSystemBody("load_" + connection + "_" + n));
  }

  /** Whether a status is what that request should get. */
  static boolean expected(long n, int status) {
    return status == ((n % 10) == 9 ? 201 : 200);
  }
}
