package io.itwincontracts.contracttests.verify;

import io.itwincontracts.conformance.Check;
import io.itwincontracts.contracttests.verify.FaultyFront.Reply;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The faults seeded into the sandbox's answers, one per verify run: the operation it breaks, how, and the check
 * that must find it (with the checks allowed to report the same answer alongside).
 */
enum SeededFault {
  WRONG_STATUS("listSystems", Check.EXPECTED_STATUS, Set.of(),
      r -> r.status() == 200 ? r.with(404, error("SystemListNotFound")) : r),
  UNDOCUMENTED_STATUS("updateManifestConnection", Check.STATUS, Set.of(),
      r -> r.status() == 200 ? r.with(202, r.body()) : r),
  EXTRA_PROPERTY_IN_CLOSED_RESPONSE("createSystem", Check.SCHEMA, Set.of(),
      r -> r.status() == 201 ? r.with(201, r.body().replaceFirst("\\{", "{\"internalNote\":\"x\",")) : r),
  MISSING_REQUIRED_PROPERTY("createRepositoryResource", Check.SCHEMA, Set.of(),
      r -> r.status() == 201 ? r.with(201, r.body().replaceFirst("\"displayName\":\"[^\"]*\",?", "").replace(",}", "}")) : r),
  WRONG_ERROR_CODE("addPackageRoleAssignments", Check.ERROR_CODE, Set.of(Check.EXPECTED_STATUS),
      r -> r.status() == 422 ? r.with(422, r.body().replace("InvalidAssignmentListRequest", "ValidationFailed")) : r),
  SERVER_ERROR_ON_BAD_INPUT("createSystem", Check.SERVER_ERROR, Set.of(Check.EXPECTED_STATUS),
      r -> r.status() >= 400 && r.status() != 401 ? r.with(500, error("InternalServerError")) : r),
  ACCEPTS_AN_INVALID_BODY("updateManifestConnection", Check.EXPECTED_STATUS, Set.of(),
      r -> r.status() == 422 ? r.with(200, Bodies.UPDATED_CONNECTION) : r),
  MISSING_RETRY_AFTER("listSystems", Check.HEADER, Set.of(Check.EXPECTED_STATUS),
      r -> new Reply(429, "application/json", null, error("TooManyRequests"))),
  WRONG_CONTENT_TYPE("createRepositoryResource", Check.CONTENT_TYPE, Set.of(),
      r -> r.status() == 201 ? new Reply(201, "text/plain", null, r.body()) : r),
  NO_CONFLICT_ON_A_REPEATED_CREATE("createRepositoryResource", Check.EXPECTED_STATUS, Set.of(),
      r -> r.status() == 409 ? r.with(201, Bodies.CREATED_RESOURCE) : r),
  NO_401_WITHOUT_A_TOKEN("addPackageRoleAssignments", Check.EXPECTED_STATUS, Set.of(),
      r -> r.status() == 401 ? r.with(403, error("InsufficientPermissions")) : r);

  final String operationId;
  final Check detectedBy;
  final Set<Check> alongside;
  final UnaryOperator<Reply> rewrite;

  SeededFault(String operationId, Check detectedBy, Set<Check> alongside, UnaryOperator<Reply> rewrite) {
    this.operationId = operationId;
    this.detectedBy = detectedBy;
    this.alongside = alongside;
    this.rewrite = rewrite;
  }

  private static String error(String code) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"Seeded fault.\"}}";
  }

  /** Documented bodies, as the pages' examples show them. */
  private static final class Bodies {
    static final String UPDATED_CONNECTION = "{\"connection\":{\"id\":\"c\",\"displayName\":\"30\"}}";
    static final String CREATED_RESOURCE = "{\"resource\":{\"id\":\"flood_zones\",\"displayName\":\"Flood Zones\"}}";
  }
}
