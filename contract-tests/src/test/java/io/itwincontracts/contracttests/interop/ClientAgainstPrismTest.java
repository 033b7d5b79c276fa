package io.itwincontracts.contracttests.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.itwincontracts.client.ConflictException;
import io.itwincontracts.client.ForbiddenException;
import io.itwincontracts.client.ITwinApiException;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.NotFoundException;
import io.itwincontracts.client.RateLimitedException;
import io.itwincontracts.client.UnauthorizedException;
import io.itwincontracts.client.UnprocessableEntityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client as users build it against Stoplight Prism mocking the specs, an implementation this project did not
 * write: every operation succeeds, and every documented error status (chosen with Prism's {@code Prefer: code=},
 * added by the front and nowhere else) raises the client's exception for it, with the code the spec's example shows.
 */
class ClientAgainstPrismTest {
  private static final Duration START_LIMIT = Duration.ofSeconds(90);
  /** The typed exception of each page status; a refusal of the HTTP layer (400, 415, …) is the base type. */
  private static final Map<Integer, Class<? extends ITwinApiException>> TYPED = Map.of(
      401, UnauthorizedException.class, 403, ForbiddenException.class, 404, NotFoundException.class,
      409, ConflictException.class, 422, UnprocessableEntityException.class, 429, RateLimitedException.class);

  private static PrismPlatform prism;

  @BeforeAll
  static void start() throws Exception {
    prism = PrismPlatform.start(START_LIMIT);
  }

  @AfterAll
  static void stop() {
    if (prism != null) {
      prism.close();
      assertThat(prism.anyAlive()).as("Prism processes left running").isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PlatformCall.class)
  void everyOperationGetsItsDocumentedSuccess(PlatformCall call) {
    PlatformCall.Outcome outcome = call.call(platform(null));

    assertThat(outcome.status()).isEqualTo(call.documentedSuccess());
    assertThat(outcome.body()).isNotNull();
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

  /** One attempt per call: a 429 is the outcome under test, not something to wait out. */
  private static ITwinPlatform platform(Integer preferCode) {
    return ITwinPlatform.builder().baseUrl(prism.baseUrl(preferCode)).tokenSupplier(() -> "interop-token")
        .maxAttempts(1).build();
  }
}
