package io.itwincontracts.contracttests.verify;

import io.itwincontracts.contracttests.verify.FaultyFront.Reply;
import java.util.function.UnaryOperator;

/**
 * One broken rule of the contract each, as a server of these APIs might break it; every checker must catch each
 * on its operation and nowhere else. Not the seeded faults of {@link SeededFault}: these are what the catch-all
 * {@code default} response let through.
 */
enum Misbehaviour {
  /** The page's 422 for a body its rules refuse, sent as 400 (the documented error JSON, the page's code). */
  BAD_REQUEST_INSTEAD_OF_422("createSystem", r -> r.status() == 422 ? r.with(400, r.body()) : r),
  /** A status no page lists, with an error body. */
  TEAPOT("listSystems", r -> r.status() == 200 ? r.with(418, error("ImATeapot")) : r),
  /** A server error on valid input. */
  SERVER_ERROR_ON_VALID_INPUT("createRepositoryResource",
      r -> r.status() == 201 ? r.with(500, error("InternalServerError")) : r),
  /** A 429 whose retry-after is neither seconds nor an HTTP-date. */
  RETRY_AFTER_SOON("updateManifestConnection",
      r -> r.status() == 200 ? new Reply(429, "application/json", "soon", error("RateLimitExceeded")) : r),
  /** A JSON body labelled text/plain. */
  TEXT_PLAIN_200("addPackageRoleAssignments",
      r -> r.status() == 200 ? new Reply(200, "text/plain", null, r.body()) : r),
  /** The operation's 422 with the code of another operation's 422. */
  ANOTHER_OPERATIONS_CODE("addPackageRoleAssignments",
      r -> r.status() == 422 ? r.with(422, r.body().replace("InvalidAssignmentListRequest", "InvalidSystemRequest")) : r),
  /** A 201 whose body is listSystems' 200. */
  CREATED_WITH_A_LIST_BODY("createSystem",
      r -> r.status() == 201 ? r.with(201, "{\"systems\":[]}") : r);

  final String operationId;
  final UnaryOperator<Reply> rewrite;

  Misbehaviour(String operationId, UnaryOperator<Reply> rewrite) {
    this.operationId = operationId;
    this.rewrite = rewrite;
  }

  private static String error(String code) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"Something went wrong.\"}}";
  }
}
