package io.itwincontracts.benchmarks;

/**
 * The two requests every server of the peer comparison gets, byte for byte: a GET listSystems of the two-item
 * list and a PUT updateManifestConnection. Prism serves a spec's paths at its root (it ignores the {@code servers}
 * path), so its requests leave out the API's base path and are otherwise the same.
 */
final class PeerRequests {
  static final String LIST_PATH = "/itwins/" + SandboxIds.READ_ITWIN + "/systems";
  static final String UPDATE_PATH = "/imodels/manifestconnections/" + SandboxIds.CONNECTION;
  static final String UPDATE_BODY = "{\"displayName\":\"Nightly\"}";

  static final byte[] LIST = KeepAliveConnection.request("GET", "/edfs" + LIST_PATH, null);
  static final byte[] UPDATE = KeepAliveConnection.request("PUT", "/synchronization" + UPDATE_PATH, UPDATE_BODY);
  static final byte[] LIST_AT_ROOT = KeepAliveConnection.request("GET", LIST_PATH, null);
  static final byte[] UPDATE_AT_ROOT = KeepAliveConnection.request("PUT", UPDATE_PATH, UPDATE_BODY);

  private PeerRequests() {}
}
