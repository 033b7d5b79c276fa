package com.example.consumer;

import static io.itwincontracts.validator.ContractAssertions.assertConformsTo;
import static io.itwincontracts.validator.ContractAssertions.assertRequestConformsTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.itwincontracts.client.ITwinPlatform;
import io.itwincontracts.client.edfs.model.OSystemInfoDtoList;
import io.itwincontracts.client.edfs.model.SaveUserSystemCredentialDto;
import io.itwincontracts.client.edfs.model.SystemCredentialDto;
import io.itwincontracts.sandbox.DefaultData;
import io.itwincontracts.sandbox.Sandbox;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a consumer of the client, the validator and the sandbox relies on, in its own build. */
class ConsumerTest {
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    rootLogger().addAppender(log);
    log.start();
    sandbox = Sandbox.builder().port(0).checkResponses(true).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    rootLogger().detachAppender(log);
  }

  @Test
  void typedResultsOfTheClientConformToTheContract() {
    ITwinPlatform platform = ITwinPlatform.builder().baseUrl(sandbox.baseUrl()).tokenSupplier(() -> "t").build();

    SaveUserSystemCredentialDto request = new SaveUserSystemCredentialDto()
        .name("Development Sql Server").systemId("devsqlserver").systemType("EDF.Sql")
        .credentials(Map.of("UserName", "edfs", "Password", "secret"));
    SystemCredentialDto created = platform.edfs().createSystem(DefaultData.ITWIN, request);
    OSystemInfoDtoList systems = platform.edfs().listSystems(DefaultData.ITWIN);

    assertRequestConformsTo(request, "createSystem");   // its schema carries the x-sensitive extension
    assertConformsTo(created, "createSystem", 201);
    assertConformsTo(systems, "listSystems", 200);
    assertEquals("devsqlserver", systems.getSystems().get(0).getSystemId());
    assertTrue(sandbox.responseProblems().isEmpty(), () -> String.join("\n", sandbox.responseProblems()));
    assertFalse(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("Unknown keyword")),
        "the validator warns about no x- extension");
  }

  @Test
  void theEmbeddedSandboxRunsJetty121AndAnswersAnUnknownExpectationWith417() throws Exception {
    assertTrue(Jetty.VERSION.startsWith("12.1."), Jetty.VERSION);
    try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /edfs/itwins/" + DefaultData.ITWIN + "/systems HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: Bearer t\r\nExpect: foo\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      assertEquals("HTTP/1.1 417 Expectation Failed", statusLine);
    }
  }

  @Test
  void logsReachTheConsumersOwnLogback() {
    assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory(), "the SLF4J binding in use");

    LoggerFactory.getLogger(ConsumerTest.class).info("consumer log line");

    assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().equals("consumer log line")));
    assertTrue(log.list.stream().anyMatch(e -> e.getLoggerName().startsWith("org.eclipse.jetty")),
        "Jetty's start-up lines reach logback too");
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
