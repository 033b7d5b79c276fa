package io.itwincontracts.sandbox.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.itwincontracts.sandbox.internal.json.ErrorBodies;
import io.itwincontracts.server.error.ApiError;
import io.itwincontracts.validator.Violation;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the pages document for each operation beyond its schemas: the permissions it needs, the code and message
 * of its 422, how its details name their targets, and the business rules the schemas do not state (a name is
 * required, which characters an ID may hold). Schema rules are not repeated here: they come from the spec
 * through the validator.
 */
public enum SandboxOperation {
  CREATE_SYSTEM("createSystem", Api.EDFS, "InvalidSystemRequest", "Cannot create System.", Set.of("edfs_credmng")) {
    @Override
    public void addRuleViolations(Map<String, String> path, JsonNode body, List<ApiError> details) {
      checkITwinId(path, details);
      if (body == null) {
        return;
      }
      requireText(body, "name", "Name", details);
      requireText(body, "systemId", "SystemId", details);
      requireText(body, "systemType", "SystemType", details);
      if (body.path("systemId").isTextual() && !NAME_CHARACTERS.matcher(body.get("systemId").asText()).matches()) {
        details.add(invalid("Provided System ID value contains invalid characters.", "SystemId"));
      }
    }
  },
  LIST_SYSTEMS("listSystems", Api.EDFS, "InvalidSystemListRequest", "Cannot retrieve SystemList.", Set.of("edfs_credmng")) {
    @Override
    public void addRuleViolations(Map<String, String> path, JsonNode body, List<ApiError> details) {
      checkITwinId(path, details);
    }
  },
  ADD_PACKAGE_ROLE_ASSIGNMENTS("addPackageRoleAssignments", Api.EDFS, "InvalidAssignmentListRequest",
      "Cannot create AssignmentList.", Set.of("edfs_ilsmng", "administration_manage_roles")) {
    @Override
    public void addRuleViolations(Map<String, String> path, JsonNode body, List<ApiError> details) {
      checkITwinId(path, details);
      if (!NAME_CHARACTERS.matcher(path.getOrDefault("uniqueName", "")).matches()) {
        details.add(invalid("Provided Unique Name value contains invalid characters.", "uniqueName"));
      }
    }
  },
  UPDATE_MANIFEST_CONNECTION("updateManifestConnection", Api.SYNCHRONIZATION, "InvalidManifestConnectionRequest",
      "Cannot perform operation.", Set.of()) {
    @Override
    public void addRuleViolations(Map<String, String> path, JsonNode body, List<ApiError> details) {}
  },
  CREATE_REPOSITORY_RESOURCE("createRepositoryResource", Api.ITWINS, "InvalidiTwinsRequest",
      "Cannot add iTwin Repository Resource.", Set.of("itwins_modify")) {
    @Override
    public void addRuleViolations(Map<String, String> path, JsonNode body, List<ApiError> details) {
      if (body == null) {
        return;
      }
      // The schema requires both; the page's rule is "missing or empty", so a blank value is missing too.
      for (String property : List.of("id", "displayName")) {
        if (body.path(property).isTextual() && body.get(property).asText().isBlank()) {
          details.add(ErrorBodies.detail(MISSING, "A required property is missing or empty.", property));
        }
      }
    }
  };

  static final String INVALID_VALUE = "InvalidValue";
  static final String MISSING = "MissingRequiredProperty";
  // The pages do not list the characters allowed in a SystemId or a package's unique name: letters, digits,
  // '_', '-' and '.' cover every value they show.
  private static final Pattern NAME_CHARACTERS = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final String operationId;
  private final Api api;
  private final String invalidCode;
  private final String invalidMessage;
  private final Set<String> permissions;

  SandboxOperation(String operationId, Api api, String invalidCode, String invalidMessage, Set<String> permissions) {
    this.operationId = operationId;
    this.api = api;
    this.invalidCode = invalidCode;
    this.invalidMessage = invalidMessage;
    this.permissions = permissions;
  }

  /** The operation with this operationId (the name of its method in the generated interfaces). */
  public static Optional<SandboxOperation> of(String operationId) {
    return Arrays.stream(values()).filter(o -> o.operationId.equals(operationId)).findFirst();
  }

  /** The operation's id in the spec. */
  public String operationId() {
    return operationId;
  }

  Api api() {
    return api;
  }

  /** The permissions a user needs for it. */
  public Set<String> permissions() {
    return permissions;
  }

  /** Adds the details of the business rules the request breaks; {@code body} is null when there is none. */
  public abstract void addRuleViolations(Map<String, String> path, JsonNode body, List<ApiError> details);

  /** The schema's verdict on a request body as the page's details: code, message and target. */
  public List<ApiError> details(List<Violation> violations) {
    List<ApiError> details = new ArrayList<>();
    for (Violation violation : violations) {
      details.add(detail(violation));
    }
    return details;
  }

  /** The page's 422 for this operation, with one detail per violated rule. */
  public WebApplicationException unprocessable(List<ApiError> details) {
    return api == Api.EDFS
        ? ErrorBodies.detailed(422, invalidCode, invalidMessage, details)
        : ErrorBodies.errorWithDetails(422, invalidCode, invalidMessage, details);
  }

  /** A 422 with one detail, for rules that need the stored data (an unknown iTwin, an unknown role). */
  WebApplicationException unprocessable(String message, String target) {
    return unprocessable(List.of(invalid(message, target)));
  }

  private ApiError detail(Violation violation) {
    if (Violation.SYNTAX.equals(violation.keyword())) {
      return new ApiError().code("InvalidRequestBody").message("Error parsing JSON, malformed JSON.");
    }
    String target = target(violation.pointer());
    return switch (violation.keyword()) {
      case "required" -> ErrorBodies.detail(MISSING, api == Api.ITWINS
          ? "A required property is missing or empty." : "Required property " + target + " is missing.", target);
      case "additionalProperties" -> {
        String property = lastSegment(violation.pointer());
        yield invalid("Property " + property + " is not allowed.", property);
      }
      default -> invalid("Provided " + target + " value is not valid: " + violation.message() + ".", target);
    };
  }

  /** The last property name of the pointer; EDFS pages capitalise it ({@code SystemId}, {@code ITwinRoleId}). */
  private String target(String pointer) {
    String name = lastSegment(pointer);
    return api == Api.EDFS ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
  }

  /** The last property name of a JSON pointer (array indexes skipped), or "body" for the whole payload. */
  private static String lastSegment(String pointer) {
    String[] segments = pointer.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      String segment = segments[i].replace("~1", "/").replace("~0", "~");
      if (!segment.isEmpty() && !segment.chars().allMatch(Character::isDigit)) {
        return segment;
      }
    }
    return "body";
  }

  private static void checkITwinId(Map<String, String> path, List<ApiError> details) {
    if (!UUID.matcher(path.getOrDefault("iTwinId", "")).matches()) {
      details.add(invalid("Provided iTwin ID value is not valid.", "iTwinId"));
    }
  }

  private static void requireText(JsonNode body, String property, String target, List<ApiError> details) {
    JsonNode value = body.path(property);
    if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      details.add(ErrorBodies.detail(MISSING, "Required property " + target + " is missing.", target));
    }
  }

  private static ApiError invalid(String message, String target) {
    return ErrorBodies.detail(INVALID_VALUE, message, target);
  }
}
