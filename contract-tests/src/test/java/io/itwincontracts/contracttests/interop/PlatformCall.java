package io.itwincontracts.contracttests.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.ITwinRoleToPackageRoleDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.itwins.model.ITwinRepositoryResourceCreate;
import io.itwincontracts.client.synchronization.model.ManifestConnectionUpdate;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Example;
import io.itwincontracts.validator.Operation;
import io.itwincontracts.validator.Target;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Each of the five operations called through {@link ITwinPlatform}'s public API, with the spec's own request
 * example as the body: what comes back is the status and the decoded body, or the client's typed exception.
 */
enum PlatformCall {
  CREATE_SYSTEM("createSystem") {
    @Override
    Outcome call(ITwinPlatform platform, String body) throws IOException {
      var response = platform.edfs().createSystemWithHttpInfo(ITWIN, JSON.readValue(body, SaveUserSystemCredentialDto.class));
      return new Outcome(response.getStatusCode(), response.getData());
    }
  },
  LIST_SYSTEMS("listSystems") {
    @Override
    Outcome call(ITwinPlatform platform, String body) {
      var response = platform.edfs().listSystemsWithHttpInfo(ITWIN);
      return new Outcome(response.getStatusCode(), response.getData());
    }
  },
  ADD_PACKAGE_ROLE_ASSIGNMENTS("addPackageRoleAssignments") {
    @Override
    Outcome call(ITwinPlatform platform, String body) throws IOException {
      var response = platform.edfs().addPackageRoleAssignmentsWithHttpInfo(ITWIN, "EDFS.SqlIntegration",
          JSON.readValue(body, ITwinRoleToPackageRoleDtoList.class));
      return new Outcome(response.getStatusCode(), response.getData());
    }
  },
  UPDATE_MANIFEST_CONNECTION("updateManifestConnection") {
    @Override
    Outcome call(ITwinPlatform platform, String body) throws IOException {
      var response = platform.synchronization().updateManifestConnectionWithHttpInfo(
          CONNECTION, JSON.readValue(body, ManifestConnectionUpdate.class));
      return new Outcome(response.getStatusCode(), response.getData());
    }
  },
  CREATE_REPOSITORY_RESOURCE("createRepositoryResource") {
    @Override
    Outcome call(ITwinPlatform platform, String body) throws IOException {
      var response = platform.iTwins().createRepositoryResourceWithHttpInfo(ITWIN,
          "c2a4e6f8-1b3d-4f5a-9c7e-2d4f6a8c0e13", JSON.readValue(body, ITwinRepositoryResourceCreate.class));
      return new Outcome(response.getStatusCode(), response.getData());
    }
  };

  static final ContractValidator CONTRACT = ContractValidator.bundled();
  static final String ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";
  static final String CONNECTION = "MWplZe9Uf0iR1IDMqyOMLry641hUCa9JjxI3cYz8uCg";
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  /** The status and decoded body of a call that succeeded. */
  record Outcome(int status, Object body) {}

  private final String operationId;

  PlatformCall(String operationId) {
    this.operationId = operationId;
  }

  abstract Outcome call(ITwinPlatform platform, String requestBody) throws IOException;

  /** Calls the operation with its first request example (no body for an operation without one). */
  Outcome call(ITwinPlatform platform) {
    try {
      return call(platform, operation().hasRequestBody() ? firstExample(Target.REQUEST) : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operation as the specs document it. */
  Operation operation() {
    return CONTRACT.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
  }

  /** The one 2xx status the specs document for the operation. */
  int documentedSuccess() {
    return operation().statuses().stream().filter(status -> status.startsWith("2")).mapToInt(Integer::parseInt)
        .findFirst().orElseThrow();
  }

  /** The first example the spec gives for {@code status} ({@link Target#REQUEST} for the request body). */
  String firstExample(String status) {
    return CONTRACT.examples().stream()
        .filter(e -> operationId.equals(e.target().operationId()) && status.equals(e.target().status()))
        .map(Example::json).findFirst()
        .orElseThrow(() -> new IllegalStateException(operationId + " has no example for " + status));
  }

  /** The error code of the first example for an error {@code status}, as a server following the spec sends it. */
  String exampleErrorCode(String status) {
    try {
      return JSON.readTree(firstExample(status)).at("/error/code").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return operationId;
  }
}
