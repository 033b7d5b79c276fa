package io.itwincontracts.sandbox;

import io.itwincontracts.sandbox.internal.state.SandboxData;
import io.itwincontracts.sandbox.internal.state.SandboxData.Connection;
import io.itwincontracts.sandbox.internal.state.SandboxData.ITwin;
import io.itwincontracts.sandbox.internal.state.SandboxData.IntegrationPackage;
import io.itwincontracts.sandbox.internal.state.SandboxData.Repository;
import io.itwincontracts.sandbox.internal.state.SandboxData.Role;
import io.itwincontracts.sandbox.internal.state.SandboxData.SeededSystem;
import io.itwincontracts.sandbox.internal.state.SandboxData.User;
import io.itwincontracts.conformance.RecordingSeed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data a test adds to a sandbox, in Java: iTwins with their roles and GIS repositories, integration packages with
 * their roles, manifest connections, EDFS systems and users, without the JSON format of the data file. Given to
 * {@link Sandbox#seed} or {@link Sandbox.Builder#seed}; each method adds to what the sandbox already holds.
 *
 * <pre>{@code
 * sandbox.seed(seed -> seed.iTwin(MY_ITWIN).iTwinRole(MY_ITWIN, ROLE, "Integrators")
 *     .integrationPackage("Contoso.Sql").packageRole("Contoso.Sql", PACKAGE_ROLE, "Run")
 *     .system(MY_ITWIN, "Dev", "dev_sql", "EDF.Sql"));
 * }</pre>
 */
public final class SandboxSeed {
  private static final String ORGANIZATION = "3f1b8a52-6a4e-4f0c-9a51-1c2a7d9e0b11";

  private final Map<String, ITwin> iTwins = new LinkedHashMap<>();
  private final Map<String, IntegrationPackage> packages = new LinkedHashMap<>();
  private final List<Connection> connections;
  private final List<SeededSystem> systems;
  private final Map<String, User> users;
  private final User defaultUser;

  /**
   * The data proxy recordings ({@code itwin-contracts proxy --record}) show of a tenant, to start a sandbox from
   * ({@link Sandbox.Builder#data(SandboxSeed)}): what {@code itwin-contracts seed} writes, without the file. The
   * answers' entities, resolved in the order they happened; what a sandbox cannot hold (users behind redacted
   * tokens, created resources) is left out: {@code RecordingSeed.notHeld()} of the conformance module lists it.
   *
   * @throws IOException if a recording cannot be read
   * @throws IllegalArgumentException naming the file and line of a line that is not a recorded exchange
   */
  public static SandboxSeed fromRecordings(Path... recordings) throws IOException {
    RecordingSeed recorded = RecordingSeed.read(List.of(recordings));
    return new SandboxSeed(SandboxData.parse(recorded.dataFile(), "the data of " + List.of(recordings)));
  }

  SandboxSeed(SandboxData data) {
    data.iTwins().forEach(iTwin -> iTwins.put(iTwin.id(), iTwin));
    listOrEmpty(data.packages()).forEach(p -> packages.put(p.uniqueName(), p));
    connections = new ArrayList<>(listOrEmpty(data.manifestConnections()));
    systems = new ArrayList<>(listOrEmpty(data.systems()));
    users = new LinkedHashMap<>(data.users() == null ? Map.of() : data.users());
    defaultUser = data.defaultUser();
  }

  /** An iTwin with no roles and no repositories (or nothing, if it exists), in the sandbox's one organisation. */
  public SandboxSeed iTwin(String iTwinId) {
    iTwins.putIfAbsent(iTwinId, new ITwin(iTwinId, ORGANIZATION, List.of(), List.of()));
    return this;
  }

  /** A role of the iTwin (added first if it does not exist), for addPackageRoleAssignments. */
  public SandboxSeed iTwinRole(String iTwinId, String roleId, String name) {
    ITwin iTwin = iTwin(iTwinId).iTwins.get(iTwinId);
    iTwins.put(iTwinId, new ITwin(iTwinId, iTwin.organizationId(), plus(iTwin.roles(), new Role(roleId, name)),
        iTwin.repositories()));
    return this;
  }

  /** A GIS repository of the iTwin, e.g. class {@code GeographicInformationSystem}, subClass {@code WebMapService}. */
  public SandboxSeed repository(String iTwinId, String repositoryId, String resourceClass, String subClass) {
    ITwin iTwin = iTwin(iTwinId).iTwins.get(iTwinId);
    iTwins.put(iTwinId, new ITwin(iTwinId, iTwin.organizationId(), iTwin.roles(),
        plus(iTwin.repositories(), new Repository(repositoryId, resourceClass, subClass))));
    return this;
  }

  /** An EDFS integration package with no roles (or nothing, if it exists). */
  public SandboxSeed integrationPackage(String uniqueName) {
    packages.putIfAbsent(uniqueName, new IntegrationPackage(uniqueName, List.of()));
    return this;
  }

  /** A role of the integration package (added first if it does not exist). */
  public SandboxSeed packageRole(String uniqueName, String roleId, String name) {
    IntegrationPackage found = integrationPackage(uniqueName).packages.get(uniqueName);
    packages.put(uniqueName, new IntegrationPackage(uniqueName, plus(found.roles(), new Role(roleId, name))));
    return this;
  }

  /** A manifest connection of the iTwin (user authentication, a new iModel and run id), for updateManifestConnection. */
  public SandboxSeed manifestConnection(String connectionId, String iTwinId, String displayName) {
    return manifestConnection(connectionId, iTwinId, displayName, "User");
  }

  /** The same with an authentication type of the spec's ({@code User}, {@code Service}). */
  public SandboxSeed manifestConnection(String connectionId, String iTwinId, String displayName,
      String authenticationType) {
    iTwin(iTwinId);
    connections.add(new Connection(connectionId, UUID.randomUUID().toString(), iTwinId, displayName,
        authenticationType, UUID.randomUUID().toString()));
    return this;
  }

  /** An EDFS system of the iTwin, stored without credentials, as if createSystem had made it. */
  public SandboxSeed system(String iTwinId, String name, String systemId, String systemType) {
    iTwin(iTwinId);
    systems.add(new SeededSystem(iTwinId, name, systemId, systemType));
    return this;
  }

  /** A bearer token whose user has exactly these permissions (e.g. {@code edfs_credmng}, {@code itwins_modify}). */
  public SandboxSeed user(String token, String... permissions) {
    // the token is only the map's key: the user's name and id never show it
    users.put(token, new User(UUID.randomUUID().toString(), "Seeded user", List.of(permissions)));
    return this;
  }

  /** Everything in {@code more}: its iTwins and packages (their roles and repositories merged), the rest added. */
  SandboxSeed add(SandboxData more) {
    for (ITwin iTwin : more.iTwins()) {
      iTwin(iTwin.id());
      listOrEmpty(iTwin.roles()).forEach(role -> iTwinRole(iTwin.id(), role.id(), role.name()));
      listOrEmpty(iTwin.repositories()).forEach(r -> repository(iTwin.id(), r.id(), r.resourceClass(), r.subClass()));
    }
    for (IntegrationPackage added : listOrEmpty(more.packages())) {
      integrationPackage(added.uniqueName());
      listOrEmpty(added.roles()).forEach(role -> packageRole(added.uniqueName(), role.id(), role.name()));
    }
    connections.addAll(listOrEmpty(more.manifestConnections()));
    systems.addAll(listOrEmpty(more.systems()));
    users.putAll(more.users() == null ? Map.of() : more.users());
    return this;
  }

  /** {@code base} and everything in {@code more}, as {@link #add} merges them. */
  static SandboxData merged(SandboxData base, SandboxData more) {
    return new SandboxSeed(base).add(more).toData();
  }

  SandboxData toData() {
    return new SandboxData(List.copyOf(iTwins.values()), List.copyOf(packages.values()), List.copyOf(connections),
        List.copyOf(systems), Map.copyOf(users), defaultUser);
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> copy = new ArrayList<>(listOrEmpty(list));
    copy.add(element);
    return List.copyOf(copy);
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
