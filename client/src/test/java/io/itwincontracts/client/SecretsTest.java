package io.itwincontracts.client;

import static io.itwincontracts.testkit.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import feign.Logger;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.testkit.LoopbackServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretsTest {
  private static final String TOKEN = "eyJTOKEN-7c1a-do-not-leak";
  private static final String CREDENTIAL = "Cr3dential-Value-9f8e";
  private static final String USER = "svc-user-4d2b";
  private static final java.util.logging.Logger HTTP_LOG =
      java.util.logging.Logger.getLogger(RedactingLogger.LOGGER_NAME);

  private final LoopbackServer server = LoopbackServer.scripted();
  private final List<String> lines = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (lines) {
        lines.add(record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureHttpLog() {
    HTTP_LOG.setLevel(Level.ALL);
    HTTP_LOG.setUseParentHandlers(false);
    HTTP_LOG.addHandler(capture);
  }

  @AfterEach
  void stop() {
    HTTP_LOG.removeHandler(capture);
    HTTP_LOG.setLevel(null);
    HTTP_LOG.setUseParentHandlers(true);
    server.close();
  }

  private static SaveUserSystemCredentialDto systemWithCredentials() {
    return new SaveUserSystemCredentialDto().name("Development Sql Server").systemId("devsqlserver")
        .systemType("EDF.Sql").credentials(Map.of("Password", CREDENTIAL, "UserName", USER));
  }

  @Test
  void neverLogsTokenOrCredentials() {
    String echo = "{\"error\":{\"code\":\"InvalidSystemRequest\",\"message\":\"Password '" + CREDENTIAL
        + "' is too weak\",\"details\":[{\"code\":\"InvalidValue\",\"message\":\"bad " + USER
        + "\",\"target\":\"credentials\"}]},\"request\":" + "{\"name\":\"Development Sql Server\","
        + "\"credentials\":{\"Password\":\"" + CREDENTIAL + "\",\"UserName\":\"" + USER + "\"}}}";
    server.enqueue(json(422, echo, "X-Echo-Authorization", "Bearer " + TOKEN, "x-correlation-id", "corr-1"));
    ITwinPlatform platform = ITwinPlatform.builder().baseUrl(server.baseUrl()).tokenSupplier(() -> TOKEN)
        .logLevel(Logger.Level.FULL).build();

    UnprocessableEntityException error = catchThrowableOfType(UnprocessableEntityException.class,
        () -> platform.edfs().createSystem("5fb9aa98-9874-4697-b942-d19728840f19", systemWithCredentials()));

    List<String> everything = new ArrayList<>(lines);
    everything.add(error.toString());
    everything.add(error.errorMessage());
    everything.add(error.details().toString());
    everything.add(platform.toString());
    assertThat(lines).as("the FULL log was captured").hasSizeGreaterThan(10);
    assertThat(everything).allSatisfy(line -> assertThat(line)
        .doesNotContain(TOKEN).doesNotContain(CREDENTIAL).doesNotContain(USER));
    assertThat(lines).contains("[EdfsApi#createSystem] Authorization: REDACTED",
        "[EdfsApi#createSystem] x-echo-authorization: REDACTED",
        "[EdfsApi#createSystem] x-correlation-id: corr-1");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("\"credentials\":{\"Password\":\"REDACTED\",\"UserName\":\"REDACTED\"}")
        .contains("Development Sql Server"));
    assertThat(error.errorMessage()).isEqualTo("Password 'REDACTED' is too weak");
  }
}
