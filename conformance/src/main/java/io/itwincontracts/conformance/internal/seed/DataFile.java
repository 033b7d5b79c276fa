package io.itwincontracts.conformance.internal.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itwincontracts.runtime.internal.JsonLimits;
import java.util.List;

/**
 * A tenant's state in the sandbox's data file format ({@code --data}, {@code Sandbox.Builder.data},
 * {@code @SeedData}): iTwins with roles and repositories, packages with roles, manifest connections, systems, and
 * the sandbox's default user (a recording's users cannot be known: their tokens are redacted).
 */
public final class DataFile {
  static final JsonMapper JSON = JsonLimits.mapper().build();
  /** The sandbox's organisation, for an iTwin no answer showed one of. */
  static final String ORGANIZATION = "3f1b8a52-6a4e-4f0c-9a51-1c2a7d9e0b11";

  private DataFile() {}

  /** The data file of {@code state}, as JSON text. */
  public static String text(TenantState state) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(of(state));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the data file could not be written as JSON", e);
    }
  }

  /** The data file of {@code state}. */
  static ObjectNode of(TenantState state) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode iTwins = root.putArray("iTwins");
    state.iTwins.forEach((id, iTwin) -> {
      ObjectNode node = iTwins.addObject().put("id", id)
          .put("organizationId", iTwin.organizationId == null ? ORGANIZATION : iTwin.organizationId);
      ArrayNode roles = node.putArray("roles");
      iTwin.roles.forEach((roleId, name) -> roles.addObject().put("id", roleId).put("name", name));
      ArrayNode repositories = node.putArray("repositories");
      iTwin.repositories.forEach((repositoryId, kind) -> {
        ObjectNode repository = repositories.addObject().put("id", repositoryId);
        if (kind != null) {
          repository.put("class", kind[0]).put("subClass", kind[1]);
        }
      });
    });
    ArrayNode packages = root.putArray("packages");
    state.packages.forEach((uniqueName, roles) -> {
      ArrayNode packageRoles = packages.addObject().put("uniqueName", uniqueName).putArray("roles");
      roles.forEach((roleId, name) -> packageRoles.addObject().put("id", roleId).put("name", name));
    });
    ArrayNode connections = root.putArray("manifestConnections");
    state.connections.values().forEach(c -> connections.addObject().put("id", c.id()).put("iModelId", c.iModelId())
        .put("iTwinId", c.iTwinId()).put("displayName", c.displayName()).put("authenticationType", c.authenticationType())
        .put("lastRunId", c.lastRunId()));
    ArrayNode systems = root.putArray("systems");
    state.systems.forEach((iTwinId, byId) -> byId.values().forEach(s -> systems.addObject().put("iTwinId", iTwinId)
        .put("name", s.name()).put("systemId", s.systemId()).put("systemType", s.systemType())));
    root.putObject("users");
    root.putObject("defaultUser").put("userId", "9f8e7d6c-5b4a-4938-8271-605f4e3d2c1b").put("userName", "Sandbox User")
        .set("permissions", JSON.valueToTree(List.of("edfs_credmng", "edfs_ilsmng", "itwins_modify",
            "administration_manage_roles")));
    return root;
  }
}
