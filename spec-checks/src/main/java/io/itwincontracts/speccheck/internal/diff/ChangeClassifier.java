package io.itwincontracts.speccheck.internal.diff;

import io.itwincontracts.speccheck.CompatibilityPolicy;
import io.itwincontracts.speccheck.SpecChange;
import io.itwincontracts.speccheck.Level;
import io.itwincontracts.speccheck.Rule;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedMetadata;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxLength;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Turns openapi-diff's change tree into one {@link SpecChange} per difference, named by operation and location, each
 * with a {@link Level} and the {@link Rule} that sets it.
 *
 * <p>Where openapi-diff has a verdict for a difference (maxLength, enum, required, removed status or operation, type)
 * an incompatible one is an {@link Level#ERROR}. It is overruled where a rule says otherwise: a property removed from a
 * response breaks the clients that read it (Bentley); a property added to a closed response schema takes the
 * {@link CompatibilityPolicy}'s level; a new response enum value and a new operationId are warnings (the generated
 * client reads unknown values as {@code UNKNOWN_DEFAULT_OPEN_API}; the Java-API check judges renamed methods). If
 * openapi-diff calls the whole diff incompatible, nothing here is an error and no rule lowered one of its verdicts,
 * one error line says so, so the gate never passes what the library rejects.
 */
public final class ChangeClassifier {
  private static final String DEFAULT = "default";
  private final String api;
  private final CompatibilityPolicy policy;
  private final List<SpecChange> changes = new ArrayList<>();
  private String operation;
  /** Whether a difference openapi-diff calls incompatible was given a lower level on purpose (a rule says so). */
  private boolean deliberatelyLowered;

  public ChangeClassifier(String api, CompatibilityPolicy policy) {
    this.api = api;
    this.policy = policy;
  }

  public List<SpecChange> classify(ChangedOpenApi diff) {
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      operation = name(endpoint.getOperation(), endpoint.getMethod(), endpoint.getPathUrl());
      boolean pathGone = diff.getNewSpecOpenApi().getPaths() == null
          || !diff.getNewSpecOpenApi().getPaths().containsKey(endpoint.getPathUrl());
      add("", pathGone ? "path removed: every client calling it gets 404" : "operation removed: clients calling it get 404 or 405",
          Level.ERROR, pathGone ? Rule.URI_CHANGED : Rule.METHOD_CHANGED);
    }
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      operation = name(endpoint.getOperation(), endpoint.getMethod(), endpoint.getPathUrl());
      add("", "operation added", Level.INFO, Rule.NEW_ENDPOINT);
    }
    for (ChangedOperation changed : diff.getChangedOperations()) {
      operation = name(changed.getNewOperation(), changed.getHttpMethod(), changed.getPathUrl());
      operation(changed);
    }
    if (diff.isIncompatible() && !deliberatelyLowered && changes.stream().noneMatch(SpecChange::breaking)) {
      operation = "(spec)";
      add("", "openapi-diff reports an incompatible change (see the changelog)", Level.ERROR, Rule.VALUES_CHANGED);
    }
    List<SpecChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(SpecChange::level));
    return Collections.unmodifiableList(sorted);
  }

  private void operation(ChangedOperation changed) {
    if (changed.getSummary() != null && changed.getSummary().isDifferent()) {
      add("", "summary changed", Level.INFO, Rule.DOCUMENTATION);
    }
    metadata("", changed.getDescription());
    if (changed.isDeprecated()) {
      add("", "deprecated: clients should move off it", Level.WARN, Rule.DOCUMENTATION);
    }
    if (changed.getOperationId() != null && changed.getOperationId().isDifferent()) {
      lowered(changed.getOperationId().isIncompatible());
      add("", "operationId changed from " + changed.getOldOperation().getOperationId()
          + ": the generated method is renamed", Level.WARN, Rule.GENERATED_NAME);
    }
    if (changed.getParameters() != null) {
      parameters(changed.getParameters());
    }
    if (changed.getRequestBody() != null) {
      if (changed.getRequestBody().isChangeRequired()) {
        boolean nowRequired = Boolean.TRUE.equals(changed.getRequestBody().getNewRequestBody().getRequired());
        add("request body", nowRequired ? "became required: clients sending none are rejected" : "became optional",
            nowRequired ? Level.ERROR : Level.INFO, nowRequired ? Rule.REQUIRED_REQUEST_PARAMETER : Rule.OPTIONAL_REQUEST_PARAMETER);
      }
      metadata("request body", changed.getRequestBody().getDescription());
      content("request body", changed.getRequestBody().getContent(), false);
    }
    if (changed.getApiResponses() != null) {
      responses(changed.getApiResponses());
    }
  }

  private void parameters(ChangedParameters parameters) {
    for (Parameter missing : parameters.getMissing()) {
      add("parameter " + missing.getName() + " (" + missing.getIn() + ")",
          "removed: clients sending it are rejected or ignored", Level.ERROR, Rule.REQUEST_PART_REMOVED);
    }
    for (Parameter added : parameters.getIncreased()) {
      boolean required = Boolean.TRUE.equals(added.getRequired());
      add("parameter " + added.getName() + " (" + added.getIn() + ")",
          required ? "new required parameter: existing clients do not send it" : "optional parameter added",
          required ? Level.ERROR : Level.INFO, required ? Rule.REQUIRED_REQUEST_PARAMETER : Rule.OPTIONAL_REQUEST_PARAMETER);
    }
    for (ChangedParameter changed : parameters.getChanged()) {
      String where = "parameter " + changed.getName() + " (" + changed.getIn() + ")";
      if (changed.isChangeRequired()) {
        add(where, "required changed", level(changed.isIncompatible()),
            changed.isIncompatible() ? Rule.REQUIRED_REQUEST_PARAMETER : Rule.OPTIONAL_REQUEST_PARAMETER);
      }
      metadata(where, changed.getDescription());
      if (changed.getSchema() != null) {
        schema(new Place(where, ""), changed.getSchema(), false, Collections.newSetFromMap(new IdentityHashMap<>()));
      }
    }
  }

  private void responses(ChangedApiResponse responses) {
    // a `default` documents every status an operation does not list; replaced by statuses listed one by one, the
    // server promises less: clients meet fewer statuses, servers that sent an unlisted one stop conforming
    boolean catchAllNarrowed = responses.getMissing().containsKey(DEFAULT)
        && (responses.getNewApiResponses() == null || !responses.getNewApiResponses().containsKey(DEFAULT));
    responses.getMissing().keySet().forEach(status -> {
      if (status.equals(DEFAULT) && catchAllNarrowed) {
        lowered(true);
        add("response default", "removed: the statuses it covered are now only those listed; clients meet fewer "
            + "statuses, a server that sent another one no longer conforms", Level.WARN, Rule.CATCH_ALL_NARROWED);
      } else {
        add("response " + status, "status removed: clients handling it get an undocumented response", Level.ERROR,
            Rule.RESPONSE_PART_REMOVED);
      }
    });
    responses.getIncreased().keySet().forEach(status -> {
      if (catchAllNarrowed && !status.startsWith("2") && !status.startsWith("3")) {
        lowered(true);
        add("response " + status, "listed: the removed default covered it", Level.INFO, Rule.CATCH_ALL_NARROWED);
      } else {
        add("response " + status, "status added", Level.WARN, Rule.NEW_STATUS);
      }
    });
    for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
      String where = "response " + entry.getKey();
      ChangedResponse response = entry.getValue();
      metadata(where, response.getDescription());
      headers(where, response.getHeaders());
      content(where, response.getContent(), true);
    }
  }

  private void headers(String where, ChangedHeaders headers) {
    if (headers == null) {
      return;
    }
    headers.getMissing().keySet().forEach(name ->
        add(where + " header " + name, "removed: clients reading it get nothing", Level.ERROR, Rule.RESPONSE_PART_REMOVED));
    headers.getIncreased().keySet().forEach(name ->
        add(where + " header " + name, "added", Level.INFO, Rule.NEW_RESPONSE_FIELD));
    headers.getChanged().forEach((name, changed) -> {
      // read from the headers themselves: openapi-diff does not flag required going from absent to true
      boolean wasRequired = Boolean.TRUE.equals(changed.getOldHeader().getRequired());
      boolean nowRequired = Boolean.TRUE.equals(changed.getNewHeader().getRequired());
      if (wasRequired != nowRequired) {
        // openapi-diff calls any change of `required` incompatible; in a response, required is the server's
        // promise: made required, clients lose nothing; made optional, clients that rely on it break
        lowered(nowRequired && changed.isIncompatible() && changed.getSchema() == null);
        add(where + " header " + name, nowRequired ? "now required" : "now optional: clients relying on it break",
            level(!nowRequired), nowRequired ? Rule.NEW_RESPONSE_FIELD : Rule.RESPONSE_PART_REMOVED);
      }
      if (changed.getSchema() != null || wasRequired == nowRequired) {
        add(where + " header " + name, "changed", level(changed.getSchema() != null && changed.getSchema().isIncompatible()
            || wasRequired == nowRequired && changed.isIncompatible()), Rule.VALUES_CHANGED);
      }
    });
  }

  private void content(String where, ChangedContent content, boolean response) {
    if (content == null) {
      return;
    }
    Rule removed = response ? Rule.RESPONSE_PART_REMOVED : Rule.REQUEST_PART_REMOVED;
    content.getMissing().keySet().forEach(type -> add(where + " " + type, "media type removed", Level.ERROR, removed));
    content.getIncreased().keySet().forEach(type ->
        add(where + " " + type, "media type added", Level.INFO, response ? Rule.NEW_RESPONSE_FIELD : Rule.OPTIONAL_REQUEST_PARAMETER));
    // the media types of one response or request body usually change together: a finding made for every changed
    // media type is one change, printed once; one made for some of them names the media type
    Map<SpecChange, List<String>> byFinding = new LinkedHashMap<>();
    for (Map.Entry<String, ChangedMediaType> entry : content.getChanged().entrySet()) {
      ChangedMediaType media = entry.getValue();
      int before = changes.size();
      if (media.getSchema() != null) {
        schema(new Place(where, ""), media.getSchema(), response, Collections.newSetFromMap(new IdentityHashMap<>()));
      }
      if (media.getExamples() != null && media.getExamples().isDifferent()
          || media.getExample() != null && media.getExample().isDifferent()) {
        add(where, "example changed", Level.INFO, Rule.DOCUMENTATION);
      }
      List<SpecChange> found = new ArrayList<>(changes.subList(before, changes.size()));
      changes.subList(before, changes.size()).clear();
      found.forEach(change -> byFinding.computeIfAbsent(change, c -> new ArrayList<>()).add(entry.getKey()));
    }
    long shared = content.getNewContent().keySet().stream().filter(content.getOldContent()::containsKey).count();
    byFinding.forEach((change, types) -> {
      if (types.size() == shared) {
        changes.add(change);
      } else {
        types.forEach(type -> changes.add(new SpecChange(change.api(), change.operation(),
            change.location().replaceFirst("^" + java.util.regex.Pattern.quote(where), where + " " + type),
            change.reason(), change.level(), change.rule())));
      }
    });
  }

  private void schema(Place where, ChangedSchema schema, boolean response, Set<ChangedSchema> walking) {
    if (!walking.add(schema)) {
      return;
    }
    String at = where.toString();
    if (schema.isChangedType()) {
      add(at, "type changed from " + type(schema.getOldSchema()) + " to " + type(schema.getNewSchema())
          + ": values valid before are rejected", Level.ERROR, Rule.VALUES_CHANGED);
    }
    if (schema.isChangeFormat()) {
      add(at, "format changed from " + schema.getOldSchema().getFormat() + " to " + schema.getNewSchema().getFormat()
          + ": generated types may change", Level.WARN, Rule.VALUES_CHANGED);
    }
    metadata(at, schema.getDescription());
    maxLength(at, schema.getMaxLength());
    enumeration(at, schema.getEnumeration(), response);
    required(where, schema.getRequired(), schema);
    boolean closed = Boolean.FALSE.equals(schema.getNewSchema().getAdditionalProperties());
    // a closed request schema rejects a property it no longer declares: clients still sending it break
    schema.getMissingProperties().keySet().forEach(name -> add(where.child(name).toString(),
        response ? "property removed from a response: clients reading it get nothing"
            : closed ? "property removed from a request whose schema has additionalProperties: false: clients still"
                + " sending it are rejected" : "property removed",
        level(response || closed || isIncompatibleCore(schema)),
        response ? Rule.RESPONSE_FIELD_CHANGED : Rule.REQUEST_PART_REMOVED));
    schema.getIncreasedProperties().keySet().stream()
        .filter(name -> !isNewlyRequiredRequestProperty(schema, name, response))
        .forEach(name -> propertyAdded(where.child(name).toString(), response, closed));
    for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
      schema(where.child(property.getKey()), property.getValue(), response, walking);
    }
    if (schema.getItems() != null) {
      schema(where.items(), schema.getItems(), response, walking);
    }
    if (schema.getAddProp() != null) {
      schema(where.child("{additionalProperties}"), schema.getAddProp(), response, walking);
    }
    for (Changed other : List.of(optional(schema.getMinLength()), optional(schema.getNumericRange()),
        optional(schema.getPattern()), optional(schema.getNullable()), optional(schema.getReadOnly()),
        optional(schema.getWriteOnly()), optional(schema.getOneOfSchema()), optional(schema.getMaxItems()),
        optional(schema.getMinItems()), optional(schema.getMultipleOf()), optional(schema.getUniqueItems()))) {
      if (other.isDifferent()) {
        add(at, other.getClass().getSimpleName().replaceFirst("^Changed", "") + " changed", level(other.isIncompatible()),
            Rule.VALUES_CHANGED);
      }
    }
    walking.remove(schema);
  }

  private void maxLength(String at, ChangedMaxLength maxLength) {
    if (maxLength != null && maxLength.isDifferent()) {
      boolean breaking = maxLength.isIncompatible();
      add(at, "maxLength changed from " + maxLength.getOldValue() + " to " + maxLength.getNewValue()
          + (breaking ? ": values valid before are rejected" : ""), level(breaking), Rule.VALUES_CHANGED);
    }
  }

  private void enumeration(String at, ChangedEnum<?> enumeration, boolean response) {
    if (enumeration == null || !enumeration.isDifferent()) {
      return;
    }
    boolean breaking = enumeration.isIncompatible();
    if (!enumeration.getMissing().isEmpty()) {
      add(at, "enum loses " + enumeration.getMissing() + (breaking ? ": a side that knows only the old values fails" : ""),
          level(breaking), Rule.VALUES_CHANGED);
    }
    if (!enumeration.getIncreased().isEmpty() && response) {
      lowered(breaking && enumeration.getMissing().isEmpty());
      add(at, "enum gains " + enumeration.getIncreased() + ": the generated client reads it as UNKNOWN_DEFAULT_OPEN_API,"
          + " a strict reader fails", Level.WARN, Rule.RESPONSE_ENUM_VALUE);
    } else if (!enumeration.getIncreased().isEmpty()) {
      add(at, "enum gains " + enumeration.getIncreased(), Level.INFO, Rule.VALUES_CHANGED);
    }
  }

  private void required(Place at, ChangedRequired required, ChangedSchema schema) {
    if (required == null || !required.isDifferent()) {
      return;
    }
    for (String name : required.getIncreased()) {
      boolean added = schema.getIncreasedProperties().containsKey(name);
      add(at.child(name).toString(), (added ? "new required property" : "became required")
          + (required.isIncompatible() ? ": existing clients do not send it" : ""), level(required.isIncompatible()),
          required.isIncompatible() ? Rule.REQUIRED_REQUEST_PARAMETER : Rule.NEW_RESPONSE_FIELD);
    }
    for (String name : required.getMissing()) {
      add(at.child(name).toString(), "no longer required" + (required.isIncompatible() ? ": clients relying on it break" : ""),
          level(required.isIncompatible()),
          required.isIncompatible() ? Rule.RESPONSE_FIELD_CHANGED : Rule.OPTIONAL_REQUEST_PARAMETER);
    }
  }

  private static boolean isNewlyRequiredRequestProperty(ChangedSchema schema, String name, boolean response) {
    return !response && schema.getRequired() != null && schema.getRequired().getIncreased().contains(name);
  }

  private static boolean isIncompatibleCore(ChangedSchema schema) {
    return schema.isCoreChanged().isIncompatible();
  }

  private void metadata(String at, ChangedMetadata description) {
    if (description != null && description.isDifferent()) {
      add(at, "description changed", Level.INFO, Rule.DOCUMENTATION);
    }
  }

  private static Changed optional(Changed changed) {
    return changed == null ? () -> DiffResult.NO_CHANGES : changed;
  }

  /** Where in an operation a schema sits: the part (request body, response 200, parameter) and a pointer in it. */
  private record Place(String part, String pointer) {
    Place child(String name) {
      return new Place(part, pointer + "/" + name);
    }

    Place items() {
      return new Place(part, pointer + "[]");
    }

    @Override
    public String toString() {
      return pointer.isEmpty() ? part : part + " " + pointer;
    }
  }

  private static String type(Schema<?> schema) {
    return schema == null ? "none"
        : schema.getType() + (schema.getFormat() == null ? "" : " (" + schema.getFormat() + ")");
  }

  private static String name(Operation operation, HttpMethod method, String path) {
    String id = operation == null || operation.getOperationId() == null ? "" : operation.getOperationId() + " ";
    return id + "(" + method + " " + path + ")";
  }

  private void propertyAdded(String at, boolean response, boolean closed) {
    if (response && closed) {
      add(at, "property added to a response whose schema has additionalProperties: false: strict clients reject it",
          policy.closedResponseField(), Rule.CLOSED_RESPONSE_FIELD);
    } else {
      add(at, "optional property added", Level.INFO, response ? Rule.NEW_RESPONSE_FIELD : Rule.OPTIONAL_REQUEST_PARAMETER);
    }
  }

  private void lowered(boolean libraryCallsItIncompatible) {
    deliberatelyLowered |= libraryCallsItIncompatible;
  }

  private static Level level(boolean breaking) {
    return breaking ? Level.ERROR : Level.INFO;
  }

  private void add(String location, String reason, Level level, Rule rule) {
    changes.add(new SpecChange(api, operation, location.strip(), reason, level, rule));
  }
}
