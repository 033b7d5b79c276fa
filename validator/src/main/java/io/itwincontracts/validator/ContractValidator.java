package io.itwincontracts.validator;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import io.itwincontracts.spec.SpecDocuments;
import io.itwincontracts.spec.SpecException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates JSON payloads against the schemas of the specs: the bundled ones ({@link #bundled()}) or a spec file
 * being edited ({@link #forSpec(Path)}). Validation is networknt's, with the OpenAPI 3.0 dialect (so
 * {@code nullable} and {@code format} count, and the specs' {@code x-} extensions are annotations). Schemas are built once per target and cached; an instance is
 * thread-safe. The bundled specs are read on first use, not when {@link #bundled()} is first called: a program that
 * only holds the validator (the sandbox while it starts, the CLI's {@code --help}) does not wait for the YAML.
 */
public final class ContractValidator {
  private static final List<String> BUNDLED_SPECS = List.of("edfs.yaml", "synchronization.yaml", "itwins.yaml");

  private final List<URI> specs;
  private final Map<Target, Schema> schemas = new ConcurrentHashMap<>();
  private final Map<String, Schema> headerSchemas = new ConcurrentHashMap<>();
  private volatile Loaded loaded;

  /** The specs read, and the registry that builds their schemas. */
  private record Loaded(ContractCatalog catalog, SchemaRegistry registry) {}

  private ContractValidator(List<URI> specs) {
    this.specs = specs;
  }

  private Loaded loaded() {
    Loaded read = loaded;
    if (read == null) {
      synchronized (this) {
        read = loaded;
        if (read == null) {
          BundledTwins bundled = new BundledTwins();
          read = new Loaded(new ContractCatalog(specs), SchemaRegistry.withDialect(ExtensionKeywords.openApi30(),
              builder -> builder
                  .nodeReader(bundled)
                  .resourceLoaders(r -> r.add(bundled).add(iri -> "file".equals(iri.getScheme())
                      ? () -> Files.newInputStream(Path.of(URI.create(iri.toString())))
                      : null))));
          loaded = read;
        }
      }
    }
    return read;
  }

  /** The validator of the specs bundled with this library (EDFS, Synchronization, iTwins). */
  public static ContractValidator bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * A validator of one spec file and the files its {@code $ref}s reach.
   *
   * @throws SpecException if the file cannot be read or parsed, or a {@code $ref} of an operation points nowhere
   */
  public static ContractValidator forSpec(Path spec) {
    ContractValidator validator = new ContractValidator(List.of(spec.toAbsolutePath().normalize().toUri()));
    validator.loaded();   // a user's file: its errors belong here, not in a later call
    return validator;
  }

  /** Every operation, in spec order. */
  public List<Operation> operations() {
    return loaded().catalog().operations();
  }

  /** Every JSON example of the specs: named examples of bodies and schema-level examples of components. */
  public List<Example> examples() {
    return loaded().catalog().examples();
  }

  /**
   * Every violation of the target's schema by the payload; an empty list means valid.
   *
   * @throws IllegalArgumentException for an unknown operation, status or schema (the message lists the valid ones)
   */
  public List<Violation> validate(Target target, String json) {
    Schema schema = schema(target);
    JsonPayloads.Parsed parsed = JsonPayloads.parse(json);
    return parsed.tree() == null ? parsed.violations() : violations(schema, parsed.tree());
  }

  /** As {@link #validate(Target, String)}, reading the payload from a stream (which it does not close). */
  public List<Violation> validate(Target target, InputStream json) {
    Schema schema = schema(target);
    JsonPayloads.Parsed parsed = JsonPayloads.parse(json);
    return parsed.tree() == null ? parsed.violations() : violations(schema, parsed.tree());
  }

  /**
   * Every way a request body breaks its operation's schema; empty for an operation that declares no JSON request
   * body. A null body is an empty one.
   *
   * @throws IllegalArgumentException for an unknown operation (the message lists the valid ones)
   */
  public List<Violation> validateRequest(String operationId, String body) {
    loaded().catalog().responses(operationId);
    Target target = Target.request(operationId);
    return loaded().catalog().hasSchema(target) ? validate(target, body == null ? "" : body) : List.of();
  }

  /**
   * Every way a response breaks its operation's contract, each rule read from the spec: a status the operation does
   * not list (keyword {@value Violation#STATUS}); a declared header that is missing though required, or whose value
   * breaks its schema (keyword {@value Violation#HEADER}; a value of digits is read as a number); a body whose
   * {@code content-type} is not a media type that status offers (keyword {@value Violation#MEDIA_TYPE}); a body that
   * breaks that status's schema; an error body whose {@code error.code} is not one of that status's
   * {@code x-error-codes} (keyword {@value Violation#ERROR_CODE}). A null body is an empty one; a status documented
   * without a JSON body has its body left unchecked.
   *
   * @param header the response's value of a header by its lower-case name, or null when it has none
   * @throws IllegalArgumentException for an unknown operation (the message lists the valid ones)
   */
  public List<Violation> validateResponse(String operationId, int status, Function<String, String> header,
      String body) {
    DocumentedResponses documented = loaded().catalog().responses(operationId);
    String key = documented.keyFor(status);
    if (key == null) {
      return List.of(new Violation("", Violation.STATUS, "status " + status + " is not listed for "
          + operationId + " (it lists " + String.join(", ", documented.statuses()) + ")"));
    }
    DocumentedResponses.ResponseRules rules = documented.rules().get(key);
    List<Violation> violations = new ArrayList<>();
    for (DocumentedResponses.Header declared : rules.headers()) {
      String value = header.apply(declared.name());
      if (value == null && declared.required()) {
        violations.add(new Violation("", Violation.HEADER, "required header " + declared.name() + " is missing"));
      } else if (value != null && declared.schemaLocation() != null
          && !headerSchema(declared.schemaLocation()).validate(HeaderValues.asJson(value)).isEmpty()) {
        violations.add(new Violation("", Violation.HEADER, "header " + declared.name() + ": '" + value
            + "' is not valid: " + declared.valid()));
      }
    }
    boolean hasBody = body != null && !body.isEmpty();
    if (hasBody && !rules.mediaTypes().isEmpty()) {
      String type = header.apply("content-type");
      String media = type == null ? null : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (media == null || !rules.mediaTypes().contains(media)) {
        violations.add(new Violation("", Violation.MEDIA_TYPE, (type == null ? "no content-type" : "content-type "
            + type) + " is not one " + status + " of " + operationId + " offers (" + String.join(", ",
            rules.mediaTypes()) + ")"));
      }
    }
    Target target = Target.response(operationId, key);
    if (loaded().catalog().hasSchema(target)) {
      JsonPayloads.Parsed parsed = JsonPayloads.parse(body == null ? "" : body);
      if (parsed.tree() == null) {
        violations.addAll(parsed.violations());
      } else {
        violations.addAll(violations(schema(target), parsed.tree()));
        JsonNode code = parsed.tree().path("error").path("code");
        if (!rules.errorCodes().isEmpty() && code.isTextual() && !rules.errorCodes().contains(code.asText())) {
          violations.add(new Violation("/error/code", Violation.ERROR_CODE, "error code " + code.asText()
              + " is not one " + status + " of " + operationId + " gives (" + String.join(", ", rules.errorCodes())
              + ")"));
        }
      }
    }
    return violations;
  }

  /**
   * The error codes the spec gives for this operation and status ({@code x-error-codes} of the response that lists
   * it); empty when the status is not listed or names no codes.
   *
   * @throws IllegalArgumentException for an unknown operation (the message lists the valid ones)
   */
  public List<String> errorCodes(String operationId, int status) {
    DocumentedResponses documented = loaded().catalog().responses(operationId);
    String key = documented.keyFor(status);
    return key == null ? List.of() : documented.rules().get(key).errorCodes();
  }

  private Schema headerSchema(String location) {
    return headerSchemas.computeIfAbsent(location, l -> {
      Schema schema = loaded().registry().getSchema(SchemaLocation.of(l));
      schema.initializeValidators();
      return schema;
    });
  }

  private Schema schema(Target target) {
    return schemas.computeIfAbsent(target, t -> {
      Loaded specs = loaded();
      String location = specs.catalog().schemaLocation(t);
      try {
        Schema schema = specs.registry().getSchema(SchemaLocation.of(location));
        schema.initializeValidators();
        return schema;
      } catch (SchemaException e) {
        throw new SpecException("the schema of " + t + " (" + location + ") cannot be built: " + e.getMessage());
      }
    });
  }

  private static List<Violation> violations(Schema schema, JsonNode payload) {
    List<Violation> violations = new ArrayList<>();
    for (Error error : schema.validate(payload)) {
      violations.add(new Violation(pointer(error), error.getKeyword(), error.getMessage()));
    }
    return violations;
  }

  /** For a missing or an unknown property, the pointer of that property rather than of its parent object. */
  private static String pointer(Error error) {
    String pointer = error.getInstanceLocation().toString();
    String keyword = error.getKeyword();
    if (error.getProperty() != null && ("required".equals(keyword) || "additionalProperties".equals(keyword))) {
      return pointer + "/" + error.getProperty().replace("~", "~0").replace("/", "~1");
    }
    return pointer;
  }

  private static final class Bundled {
    static final ContractValidator INSTANCE = new ContractValidator(BUNDLED_SPECS.stream()
        .map(SpecDocuments::bundled).toList());
  }
}
