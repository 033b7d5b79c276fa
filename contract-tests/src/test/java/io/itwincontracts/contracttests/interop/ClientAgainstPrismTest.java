package io.itwincontracts.contracttests.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.itwincontracts.client.ConflictException;
import io.itwincontracts.client.ContractChecks;
import io.itwincontracts.client.ForbiddenException;
import io.itwincontracts.client.ITwinApiException;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.NotFoundException;
import io.itwincontracts.client.RateLimitedException;
import io.itwincontracts.client.UnauthorizedException;
import io.itwincontracts.client.UnprocessableEntityException;
import io.itwincontracts.contracttests.LoopbackStubServer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client as users build it against Stoplight Prism mocking the specs, an implementation this project did not
 * write: every operation succeeds with the spec's example (its body held to the contract by the client's STRICT
 * checks), and every documented error status (chosen with Prism's {@code Prefer: code=},
 * added by the front and nowhere else) raises the client's exception for it, with the code the spec's example shows.
 */
@Order(Order.DEFAULT + 1) // after the other suites: a fresh clone's build installs Prism beside them
@ExtendWith(SharedPrism.class)
class ClientAgainstPrismTest {
  /** The typed exception of each page status; a refusal of the HTTP layer (400, 415, …) is the base type. */
  private static final Map<Integer, Class<? extends ITwinApiException>> TYPED = Map.of(
      401, UnauthorizedException.class, 403, ForbiddenException.class, 404, NotFoundException.class,
      409, ConflictException.class, 422, UnprocessableEntityException.class, 429, RateLimitedException.class);

  private static PrismPlatform prism;

  @BeforeAll
  static void prism(PrismPlatform shared) {
    prism = shared;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PlatformCall.class)
  void everyOperationGetsItsDocumentedSuccessWithTheSpecsExampleAsTheBody(PlatformCall call) throws IOException {
    PlatformCall.Outcome outcome = call.call(strictPlatform());

    assertThat(outcome.status()).isEqualTo(call.documentedSuccess());
    // Prism answers the spec's first example of the status, which the STRICT client has held to the schema
    assertThat(outcome.body()).as("decoded body").isNotNull();
    Object example = LoopbackStubServer.MAPPER.readValue(call.firstExample(String.valueOf(call.documentedSuccess())),
        outcome.body().getClass());
    assertThat(outcome.body()).usingRecursiveComparison()
        .withComparatorForType(Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
        .isEqualTo(example);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documentedErrors")
  void everyDocumentedErrorStatusRaisesItsTypedExceptionWithThePagesCode(PlatformCall call, int status, String documented) {
    ITwinApiException error = catchThrowableOfType(ITwinApiException.class, () -> call.call(platform(status)));

    assertThat(error).as("exception for " + status).isNotNull();
    assertThat(error.getClass()).isEqualTo(TYPED.getOrDefault(status, ITwinApiException.class));
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.errorCode()).hasValue(call.exampleErrorCode(documented));
  }

  /** Every error status each operation lists: the pages' own and the refusals of the HTTP layer. */
  static Stream<Arguments> documentedErrors() {
    return Arrays.stream(PlatformCall.values()).flatMap(call -> call.operation().statuses().stream()
        .filter(status -> status.startsWith("4"))
        .map(status -> Arguments.of(call, Integer.parseInt(status), status)));
  }

  /** One attempt per call, every response held to the contract: a body that breaks it throws. */
  private static ITwinPlatform strictPlatform() {
    return ITwinPlatform.builder().baseUrl(prism.baseUrl(null)).tokenSupplier(() -> "interop-token")
        .maxAttempts(1).contractChecks(ContractChecks.STRICT).build();
  }

  /** One attempt per call: a 429 is the outcome under test, not something to wait out. */
  private static ITwinPlatform platform(Integer preferCode) {
    return ITwinPlatform.builder().baseUrl(prism.baseUrl(preferCode)).tokenSupplier(() -> "interop-token")
        .maxAttempts(1).build();
  }
}
