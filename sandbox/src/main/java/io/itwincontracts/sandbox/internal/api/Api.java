package io.itwincontracts.sandbox.internal.api;

import io.itwincontracts.sandbox.internal.state.SandboxState;
import io.itwincontracts.sandbox.internal.state.SandboxUser;
import io.itwincontracts.server.edfs.EdfsApi;
import io.itwincontracts.server.itwins.ITwinsApi;
import io.itwincontracts.server.synchronization.SynchronizationApi;
import java.util.function.BiFunction;

/**
 * The three APIs the sandbox serves, each with its base path, the generated interface whose annotations give its
 * routes, and its implementation. The error body shape of an operation (EDFS: {@code DetailedErrorResponse}) and
 * the wording of its 429 follow its API.
 */
public enum Api {
  /** {@code /edfs}: createSystem, listSystems, addPackageRoleAssignments. */
  EDFS("/edfs", EdfsApi.class, EdfsResource::new),
  /** {@code /synchronization}: updateManifestConnection. */
  SYNCHRONIZATION("/synchronization", SynchronizationApi.class, (state, user) -> new SynchronizationResource(state)),
  /** {@code /itwins}: createRepositoryResource. */
  ITWINS("/itwins", ITwinsApi.class, (state, user) -> new ITwinsResource(state));

  private final String basePath;
  private final Class<?> generatedInterface;
  private final BiFunction<SandboxState, SandboxUser, Object> implementation;

  Api(String basePath, Class<?> generatedInterface, BiFunction<SandboxState, SandboxUser, Object> implementation) {
    this.basePath = basePath;
    this.generatedInterface = generatedInterface;
    this.implementation = implementation;
  }

  /** Where the API is mounted, as on {@code https://api.bentley.com}: {@code /edfs}, .... */
  public String basePath() {
    return basePath;
  }

  /** The generated JAX-RS interface of the API: its annotations are the API's routes. */
  public Class<?> generatedInterface() {
    return generatedInterface;
  }

  /** The implementation of {@link #generatedInterface} that serves one request of {@code user}'s. */
  public Object implementation(SandboxState state, SandboxUser user) {
    return implementation.apply(state, user);
  }
}
