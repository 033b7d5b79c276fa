package io.itwincontracts.validator.jaxrs;

import io.itwincontracts.runtime.internal.SettingProblems;
import io.itwincontracts.validator.ContractReport;
import io.itwincontracts.validator.ContractValidator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Holds a JAX-RS server that implements the generated interfaces ({@code io.itwincontracts.server.*}) to the
 * contract: each request body is checked against its operation's schema before the resource method runs, and one
 * that breaks it gets the operation's documented 422 with one detail per violation; optionally (in tests) each
 * response is checked too (status, required headers, body) and its violations reported, or the response replaced
 * by a 500 that lists them. Any JAX-RS 3.1+ runtime; nothing Jersey-specific.
 *
 * <pre>{@code
 * new ResourceConfig().register(new MyEdfs())
 *     .register(ContractValidationFeature.builder().checkResponses(violations::add).build());
 * }</pre>
 */
public final class ContractValidationFeature implements Feature {
  private final ContractValidator validator;
  private final boolean checkRequests;
  private final RequestRefusal refusal;
  private final ContractValidator responseValidator;
  private final Consumer<ContractReport> responseListener;
  private final boolean strictResponses;
  private final int requestPriority;
  private final int responsePriority;
  private final LongAdder checked = new LongAdder();

  private ContractValidationFeature(Builder builder) {
    this.validator = builder.validator;
    this.checkRequests = builder.checkRequests;
    this.refusal = builder.refusal != null ? builder.refusal : new DocumentedRefusal(builder.validator);
    this.responseValidator = builder.responseValidator != null ? builder.responseValidator : builder.validator;
    this.responseListener = builder.responseListener;
    this.strictResponses = builder.strictResponses;
    this.requestPriority = builder.requestPriority;
    this.responsePriority = builder.responsePriority;
  }

  /** Request checks against the bundled specs, answered with the documented 422; responses unchecked. */
  public static ContractValidationFeature requestChecks() {
    return builder().build();
  }

  /** Starts a feature; every setting has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many responses this feature has checked (0 when it checks none). */
  public long checkedResponses() {
    return checked.sum();
  }

  @Override
  public boolean configure(FeatureContext context) {
    if (checkRequests) {
      context.register(new RequestContractFilter(validator, new MatchedOperation(validator), refusal),
          requestPriority);
    }
    if (responseListener != null) {
      context.register(new ResponseContractFilter(responseValidator, new MatchedOperation(responseValidator),
          responseListener, strictResponses, checked),
          responsePriority);
    }
    return checkRequests || responseListener != null;
  }

  /** Settings of a {@link ContractValidationFeature}. */
  public static final class Builder {
    private ContractValidator validator = ContractValidator.bundled();
    private boolean checkRequests = true;
    private RequestRefusal refusal;
    private ContractValidator responseValidator;
    private Consumer<ContractReport> responseListener;
    private boolean strictResponses;
    private int requestPriority = Priorities.USER;
    private int responsePriority = Priorities.USER;

    private Builder() {}

    /** The contract to hold the server to (default {@link ContractValidator#bundled()}). */
    public Builder validator(ContractValidator validator) {
      this.validator = validator;
      return this;
    }

    /** Whether request bodies are checked (default true). */
    public Builder checkRequests(boolean checkRequests) {
      this.checkRequests = checkRequests;
      return this;
    }

    /** How a checked request is answered (default: the documented 422 when its body breaks the schema). */
    public Builder refusal(RequestRefusal refusal) {
      this.refusal = refusal;
      return this;
    }

    /** Check every response too, reporting each one that breaks the contract to {@code listener} (default off). */
    public Builder checkResponses(Consumer<ContractReport> listener) {
      this.responseListener = listener;
      return this;
    }

    /**
     * As {@link #checkResponses}, against another contract than the requests (a spec being edited: does the
     * server still keep it?).
     */
    public Builder checkResponsesAgainst(ContractValidator validator, Consumer<ContractReport> listener) {
      this.responseValidator = validator;
      this.responseListener = listener;
      return this;
    }

    /** With {@link #checkResponses}: also replace a response that breaks the contract by a 500 listing why. */
    public Builder strictResponses(boolean strict) {
      this.strictResponses = strict;
      return this;
    }

    /**
     * The JAX-RS priorities of its request filter (run in ascending order: the default {@link Priorities#USER}
     * comes after authentication) and of its response filter (run in descending order).
     */
    public Builder priorities(int requestFilter, int responseFilter) {
      this.requestPriority = requestFilter;
      this.responsePriority = responseFilter;
      return this;
    }

    /** The feature, to register on the application. */
    public ContractValidationFeature build() {
      new SettingProblems("ContractValidationFeature")
          .require(validator != null, "validator must not be null")
          .throwIfAny();
      return new ContractValidationFeature(this);
    }
  }
}
