package io.itwincontracts.client;

import io.itwincontracts.runtime.internal.LibraryVersion;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.InvocationHandlerFactory;
import feign.Logger;
import feign.Request;
import feign.codec.Decoder;
import feign.jackson.JacksonEncoder;
import io.itwincontracts.validator.ContractReport;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wires the generated Feign interfaces to the runtime: one JDK HTTP client (held to the contract when checks are
 * on, its attempts noted when API coverage is recorded), the headers and bearer token interceptors, the typed error decoder, the retry-after retryer and the redacting logger, shared by all APIs.
 */
final class FeignClientFactory {
  private final String baseUrl;
  private final ObjectMapper mapper = ClientObjectMapper.create();
  private final Client client;
  private final Request.Options options;
  private final PlatformHeadersInterceptor headers = new PlatformHeadersInterceptor(LibraryVersion.get());
  private final BearerTokenInterceptor bearer;
  private final ITwinErrorDecoder errors;
  private final RetryAfterRetryer retryer;
  private final Logger.Level logLevel;
  private final CoverageCalls coverage;

  FeignClientFactory(String baseUrl, Supplier<String> tokens, RetryPolicy retryPolicy,
      RetryAfterRetryer.Sleeper sleeper, Duration connectTimeout, Duration readTimeout, Logger.Level logLevel,
      ContractChecks checks, Consumer<ContractReport> contractListener, CoverageListener coverage) {
    this.baseUrl = baseUrl;
    // Redirects are not followed: the token must not travel to a host the caller did not configure. Each send
    // reaches the wire once at the most (the JDK client would resend a GET by itself): see OneSendHttpClient.
    // Exchanges complete on the client's selector thread instead of a hop to a pool thread per response: what runs
    // there only gathers bytes (the body is decoded on the caller's thread), and the hop was a fifth of a loopback
    // call (TlsAndHttp2Test holds it over TLS and HTTP/2 flow control).
    Client transport = new JdkHttpTransport(new OneSendHttpClient(HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(Runnable::run)
        .build()), BodyDeadlines.SHARED);
    // Contract checks sit outside the transport, so they read whole bodies, and inside Feign's retry loop, so a
    // STRICT refusal ends the call at once; off, the validator is never loaded (an optional dependency).
    this.errors = new ITwinErrorDecoder(new ErrorBodyReader(mapper, Clock.systemUTC()));
    // Coverage notes each attempt as the server answered it, so it sits right outside the transport.
    Client recorded = coverage == null ? transport
        : new CoverageRecordingClient(transport, new ErrorBodyReader(mapper, Clock.systemUTC()));
    this.client = checks == ContractChecks.OFF ? recorded
        : new ContractCheckingClient(recorded, checks, contractListener);
    this.coverage = coverage == null ? null : new CoverageCalls(coverage);
    this.options = new Request.Options(connectTimeout, readTimeout, false);
    this.bearer = new BearerTokenInterceptor(tokens);
    this.retryer = new RetryAfterRetryer(retryPolicy, System::nanoTime, sleeper);
    this.logLevel = logLevel;
  }

  /** A client of one API, rooted at its path under the base URL ({@code /edfs}, {@code /itwins}...). */
  <T> T create(Class<T> api, String path, Decoder responseDecoder) {
    Feign.Builder feign = Feign.builder();
    if (coverage != null) {
      feign.invocationHandlerFactory(coverage.around(new InvocationHandlerFactory.Default()));
    }
    return feign
        .client(client)
        .options(options)
        .encoder(new JacksonEncoder(mapper))
        .decoder(responseDecoder)
        .errorDecoder(errors)
        .retryer(retryer)
        .requestInterceptor(headers)
        .requestInterceptor(bearer)
        .logger(new RedactingLogger())
        .logLevel(logLevel)
        .target(api, baseUrl + path);
  }

  ObjectMapper mapper() {
    return mapper;
  }
}
