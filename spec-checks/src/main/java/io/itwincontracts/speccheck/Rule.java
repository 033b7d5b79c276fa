package io.itwincontracts.speccheck;

/**
 * The rule a wire finding follows. The first seven are the examples of Bentley's API lifecycle page, quoted; the
 * others are the project's own, for what that page does not say (docs/contract-changes.md explains each).
 */
public enum Rule {
  URI_CHANGED(Source.BENTLEY, "Changing the URI of the resource"),
  METHOD_CHANGED(Source.BENTLEY, "Changing the method used to access a resource"),
  REQUIRED_REQUEST_PARAMETER(Source.BENTLEY, "Adding new required request parameters"),
  RESPONSE_FIELD_CHANGED(Source.BENTLEY, "Changing a field name or deleting a field from the response"),
  NEW_ENDPOINT(Source.BENTLEY, "Adding new API endpoints"),
  OPTIONAL_REQUEST_PARAMETER(Source.BENTLEY, "Adding new optional request parameters"),
  NEW_RESPONSE_FIELD(Source.BENTLEY, "Adding new fields to the response"),
  CLOSED_RESPONSE_FIELD(Source.PROJECT,
      "a field added to a response schema with additionalProperties: false; level set by the compatibility policy"),
  RESPONSE_ENUM_VALUE(Source.PROJECT, "a new value in a response enum: readers without an unknown-value default fail"),
  REQUEST_PART_REMOVED(Source.PROJECT, "a request parameter, field or media type removed: clients still sending it"),
  RESPONSE_PART_REMOVED(Source.PROJECT, "a documented status, response header or media type removed"),
  CATCH_ALL_NARROWED(Source.PROJECT, "a default response replaced by the statuses listed: servers promise less"),
  NEW_STATUS(Source.PROJECT, "a new documented status: clients that map every status meet one they do not know"),
  VALUES_CHANGED(Source.PROJECT, "a type, format, enum, length or range: narrower breaks, wider is compatible"),
  GENERATED_NAME(Source.PROJECT, "an operationId names generated code: the wire is unchanged, the Java-API check judges it"),
  DOCUMENTATION(Source.PROJECT, "a description or an example: nothing on the wire changes");

  /** Bentley's page the first seven rules quote. */
  public static final String BENTLEY_LIFECYCLE = "https://developer.bentley.com/apis/overview/lifecycle";

  private final Source source;
  private final String text;

  Rule(Source source, String text) {
    this.source = source;
    this.text = text;
  }

  /** Where the rule comes from: Bentley's lifecycle page or this project. */
  public Source source() {
    return source;
  }

  /** The rule: Bentley's words for Bentley's rules. */
  public String text() {
    return text;
  }

  /** The short id printed after each finding, e.g. {@code bentley:required-request-parameter}. */
  public String id() {
    return source.prefix + ":" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Who states a rule. */
  public enum Source {
    BENTLEY("bentley"),
    PROJECT("project");

    private final String prefix;

    Source(String prefix) {
      this.prefix = prefix;
    }
  }
}
