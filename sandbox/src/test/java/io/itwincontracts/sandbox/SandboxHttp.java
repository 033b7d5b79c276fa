package io.itwincontracts.sandbox;

import io.itwincontracts.testkit.RawHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Raw HTTP to a sandbox on loopback, for what the generated client cannot send: bad JSON, bad headers, bad paths. */
final class SandboxHttp {
  static final String ITWIN = DefaultData.ITWIN;
  static final String SECOND_ITWIN = DefaultData.EMPTY_ITWIN;
  static final String GIS_REPOSITORY = DefaultData.GIS_REPOSITORY;
  static final String CONNECTION = DefaultData.CONNECTION;
  static final String PACKAGE = DefaultData.PACKAGE;
  static final String TOKEN = "sandbox-test-token";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final int port;

  SandboxHttp(Sandbox sandbox) {
    this.baseUrl = sandbox.baseUrl();
    this.port = sandbox.port();
  }

  /** Writes {@code request} byte for byte on a new connection, ends the sending side and returns its answer. */
  String exchange(byte[] request) throws IOException {
    RawHttp.Answer answer = RawHttp.exchange(port, request, 10_000);
    return answer.head() + "\r\n\r\n" + answer.body();
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().header("Authorization", "Bearer " + TOKEN));
  }

  HttpResponse<String> send(String method, String path, String json) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.ofString(json))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json"));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
  }

  static String file(String name) {
    try {
      return Files.readString(Path.of(SandboxHttp.class.getClassLoader().getResource(name).toURI()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
