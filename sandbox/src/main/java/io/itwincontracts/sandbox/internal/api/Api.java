package io.itwincontracts.sandbox.internal.api;

/**
 * The three APIs the sandbox serves, each with its base path and its resource. The error body shape of an
 * operation (EDFS: {@code DetailedErrorResponse}) and the wording of its 429 follow its API.
 */
public enum Api {
  /** {@code /edfs}: createSystem, listSystems, addPackageRoleAssignments. */
  EDFS("/edfs", EdfsResource.class),
  /** {@code /synchronization}: updateManifestConnection. */
  SYNCHRONIZATION("/synchronization", SynchronizationResource.class),
  /** {@code /itwins}: createRepositoryResource. */
  ITWINS("/itwins", ITwinsResource.class);

  private final String basePath;
  private final Class<?> resource;

  Api(String basePath, Class<?> resource) {
    this.basePath = basePath;
    this.resource = resource;
  }

  /** Where the API is mounted, as on {@code https://api.bentley.com}: {@code /edfs}, .... */
  public String basePath() {
    return basePath;
  }

  /** The JAX-RS resource that implements the API's generated interface (one instance for all requests). */
  public Class<?> resource() {
    return resource;
  }
}
