package io.itwincontracts.validator;

import java.util.Objects;

/**
 * What a payload is checked against: an operation's request body, one of its response bodies, or a component
 * schema by name. Build one with {@link #request}, {@link #response} or {@link #component}.
 *
 * @param operationId the operation, or null for a component
 * @param status {@value #REQUEST} for the request body, else the response status; null for a component
 * @param component the component schema's name, or null for an operation's body
 */
public record Target(String operationId, String status, String component) {
  /** The {@link #status} of a request body. */
  public static final String REQUEST = "request";

  /** The request body of an operation, e.g. {@code request("createSystem")}. */
  public static Target request(String operationId) {
    return new Target(operationId, REQUEST, null);
  }

  /** The response body of an operation for one documented status, e.g. {@code response("listSystems", "200")}. */
  public static Target response(String operationId, String status) {
    return new Target(operationId, status, null);
  }

  /** A schema of {@code components/schemas}, e.g. {@code component("SaveUserSystemCredentialDto")}. */
  public static Target component(String name) {
    return new Target(null, null, name);
  }

  // Written out: a record's generated equals and hashCode bootstrap through method handles on first use, 5 to 50 ms
  // of a fresh JVM's start spent spinning classes for a map key (docs/lab-notes.md).
  @Override
  public final boolean equals(Object other) {
    return other instanceof Target that && Objects.equals(operationId, that.operationId)
        && Objects.equals(status, that.status) && Objects.equals(component, that.component);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(operationId, status, component);
  }

  @Override
  public String toString() {
    if (component != null) {
      return "schema " + component;
    }
    return operationId + (REQUEST.equals(status) ? " request" : " response " + status);
  }
}
