package io.itwincontracts.sandbox.internal.json;

import io.itwincontracts.server.error.ApiError;
import io.itwincontracts.server.error.DetailedError;
import io.itwincontracts.server.error.DetailedErrorResponse;
import io.itwincontracts.server.error.ErrorResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The error responses of the pages, built from the generated error models: {@code ErrorResponse} without
 * details, {@code DetailedErrorResponse} with them. Each method returns an exception that carries the finished
 * response, so a check anywhere in a request can end it with the documented body.
 */
public final class ErrorBodies {
  /**
   * The most details an error lists: a body of 10,000 unknown properties got 10,000 details (838 KB, answered and
   * checked in up to 1.7 s, the fuzz run's slowest request); the first hundred name the problem as well.
   */
  public static final int MAX_DETAILS = 100;

  private ErrorBodies() {}

  /** An {@code ErrorResponse} with {@code status}, ready to throw or to abort a request with. */
  public static WebApplicationException error(int status, String code, String message) {
    return failure(status, errorBody(code, message));
  }

  /** The body alone, for Jetty's refusals. */
  public static ErrorResponse errorBody(String code, String message) {
    return new ErrorResponse().error(new ApiError().code(code).message(message));
  }

  /** A {@code DetailedErrorResponse} (the EDFS pages' 4xx with details). */
  public static WebApplicationException detailed(int status, String code, String message, List<ApiError> details) {
    return failure(status, new DetailedErrorResponse()
        .error(new DetailedError().code(code).message(message).details(firstOf(details))));
  }

  /**
   * A 4xx of an API whose pages define only {@code ErrorResponse} (Synchronization, iTwins): the details go into
   * the error's additional properties, as on those pages.
   */
  public static WebApplicationException errorWithDetails(int status, String code, String message,
      List<ApiError> details) {
    return failure(status, new ErrorResponse()
        .error(new ApiError().code(code).message(message).putAdditionalProperty("details", firstOf(details))));
  }

  private static List<ApiError> firstOf(List<ApiError> details) {
    return details.size() <= MAX_DETAILS ? details : List.copyOf(details.subList(0, MAX_DETAILS));
  }

  /**
   * The body of a refusal that carries no code of an operation's own (unknown path, wrong method, malformed HTTP):
   * the code that {@code common.yaml} gives for the status ({@code x-error-codes}: {@code MethodNotAllowed},
   * {@code UriTooLong}, ...), else the reason phrase without spaces.
   */
  public static ErrorResponse forStatus(int status) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String reason = type == null ? HttpStatus.getMessage(status) : type.getReasonPhrase();
    String code = switch (status) {
      case 413 -> "RequestTooLarge";
      case 414 -> "UriTooLong";
      default -> reason.replaceAll("[^A-Za-z]", "");
    };
    return errorBody(code, switch (status) {
      case 404 -> "The requested resource was not found.";
      case 405 -> "The method is not allowed for the requested resource.";
      case 415 -> "The request body must be application/json.";
      case 406 -> "The response can only be application/json or application/vnd.bentley.itwin-platform.v1+json.";
      default -> reason + ".";
    });
  }

  /** One detail of an error: what is wrong, and with which property. */
  public static ApiError detail(String code, String message, String target) {
    return new ApiError().code(code).message(message).target(target);
  }

  /** An error response as {@code application/json}, whatever the Accept header: a refusal cannot depend on it. */
  public static Response response(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static WebApplicationException failure(int status, Object body) {
    return new WebApplicationException(response(status, body));
  }
}
