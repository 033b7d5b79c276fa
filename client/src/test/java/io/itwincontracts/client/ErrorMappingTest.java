package io.itwincontracts.client;

import static io.itwincontracts.client.TestFiles.resource;
import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.itwincontracts.testkit.LoopbackServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
  private static final String ITWIN_ID = "5fb9aa98-9874-4697-b942-d19728840f19";

  private final LoopbackServer server = LoopbackServer.scripted();

  @AfterEach
  void stop() {
    server.close();
  }

  private ITwinApiException errorOfListSystems() {
    ITwinPlatform platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> "t")
        .maxAttempts(1).build();
    return catchThrowableOfType(ITwinApiException.class, () -> platform.edfs().listSystems(ITWIN_ID));
  }

  static Stream<Arguments> documentedStatuses() {
    return Stream.of(
        Arguments.of(401, UnauthorizedException.class, "HeaderNotFound"),
        Arguments.of(403, ForbiddenException.class, "InsufficientPermissions"),
        Arguments.of(404, NotFoundException.class, "SystemListNotFound"),
        Arguments.of(409, ConflictException.class, "SystemExists"),
        Arguments.of(422, UnprocessableEntityException.class, "InvalidAssignmentListRequest"),
        Arguments.of(429, RateLimitedException.class, "TooManyRequests"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("documentedStatuses")
  void mapsEachDocumentedStatusToItsException(int status, Class<? extends ITwinApiException> type, String code) {
    server.enqueue(json(status, resource("errors/" + status + ".json"), "x-correlation-id", "corr-" + status));

    ITwinApiException error = errorOfListSystems();

    assertThat(error).isExactlyInstanceOf(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.errorCode()).contains(code);
    assertThat(error.errorMessage()).isNotBlank();
    assertThat(error.requestId()).contains("corr-" + status);
    assertThat(error.getMessage()).startsWith("HTTP " + status + " " + code + ": ").contains("corr-" + status);
  }

  @Test
  void carriesTargetAndDetailsOfADetailedError() {
    server.enqueue(json(422, resource("errors/422.json")));

    ITwinApiException error = errorOfListSystems();

    assertThat(error.target()).contains("body");
    assertThat(error.details()).containsExactly(
        new ErrorDetail("InvalidValue", "Provided iTwin Role ID value is not valid.", "ITwinRoleId"),
        new ErrorDetail("InvalidValue", "Provided Package Role ID value is not valid.", "PackageRoleIds"));
  }

  @Test
  void survivesNonJsonErrorBody() {
    server.enqueue(json(502, resource("errors/gateway.html"), "Content-Type", "text/html"));

    ITwinApiException error = errorOfListSystems();

    assertThat(error).isExactlyInstanceOf(ITwinApiException.class);
    assertThat(error.status()).isEqualTo(502);
    assertThat(error.errorCode()).isEmpty();
    assertThat(error.errorMessage()).contains("Bad Gateway").doesNotContain("\n").hasSizeLessThanOrEqualTo(201);
    assertThat(error.toString()).doesNotContain("leaked-token-abc");
  }

  @Test
  void survivesJsonThatIsNotTheDocumentedShape() {
    server.enqueue(json(500, resource("errors/undocumented-shape.json")));

    ITwinApiException error = errorOfListSystems();

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.errorCode()).isEmpty();
    assertThat(error.errorMessage()).contains("An error occurred");
  }

  @Test
  void survivesEmptyErrorBody() {
    server.enqueue(json(404, ""));

    ITwinApiException error = errorOfListSystems();

    assertThat(error).isExactlyInstanceOf(NotFoundException.class);
    assertThat(error.errorMessage()).isEqualTo("(empty body)");
  }
}
