package io.itwincontracts.contracttests.reliability;

import io.itwincontracts.conformance.internal.generator.FuzzCase;
import io.itwincontracts.conformance.internal.generator.FuzzCases;
import io.itwincontracts.validator.ContractValidator;
import io.itwincontracts.validator.Target;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpURI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one answer to a bad request: never 5xx; a 4xx carries the spec's error JSON ({@code ErrorResponse} or
 * {@code DetailedErrorResponse} of common.yaml); no body shows a stack trace, a Java class or package name or a
 * library's message, nor the caller's token.
 */
final class FuzzVerdict {
  /** Text that only an internal failure would put in a body (unless the request itself carried it). */
  static final List<String> INTERNALS = List.of("Exception", "\tat ", "at io.", "at java.", "at org.", "com.fasterxml",
      "tools.jackson", "jakarta.", "javax.", "java.lang", "java.io", "org.glassfish", "org.eclipse", "com.networknt", "sun.",
      "io.itwincontracts", "NullPointer", "Caused by", "<html", "<h1>");

  private final ContractValidator validator;
  private final DocumentedStatuses documented;

  FuzzVerdict(ContractValidator validator) {
    this.validator = validator;
    this.documented = new DocumentedStatuses(validator);
  }

  /** Whether the request is blank lines only: no request to answer (RFC 9112 2.2 lets a server skip them). */
  static boolean blank(FuzzCase sent) {
    return new String(sent.bytes(), StandardCharsets.ISO_8859_1).isBlank();
  }

  /**
   * Whether Jetty's own URI parser rejects the request target outright (an encoded NUL, a path climbing above the
   * root). Jetty then answers 400 before a request exists, so nothing can read the body first, and closes: a
   * client still sending a body may get a connection reset before it reads the 400. The one case where a missing
   * answer is let off; the run counts it apart.
   */
  static boolean unparseableTarget(FuzzCase sent) {
    String target = target(sent);
    try {
      HttpURI.build(target);
      return false;
    } catch (IllegalArgumentException unparseable) {
      return true;
    }
  }

  /** The request target as sent: the path of a well-formed case, else what the request line holds ("/" if nothing). */
  static String target(FuzzCase sent) {
    if (sent instanceof FuzzCase.WellFormed wellFormed) {
      return wellFormed.request().path();
    }
    String[] requestLine = requestLine(sent);
    return requestLine.length == 3 ? requestLine[1] : "/";
  }

  private static String method(FuzzCase sent) {
    return sent instanceof FuzzCase.WellFormed wellFormed ? wellFormed.request().method() : requestLine(sent)[0];
  }

  private static String[] requestLine(FuzzCase sent) {
    return new String(sent.bytes(), StandardCharsets.ISO_8859_1).split("\r?\n", 2)[0].split(" ", 3);
  }

  /** The status alone, if the specs do not document it for the request; empty if they do or it was no answer. */
  Optional<String> undocumentedStatus(FuzzCase sent, int status) {
    return status == 0 ? Optional.empty() : documented.undocumented(method(sent), target(sent), status);
  }

  /** What is wrong with the answer; empty if nothing. */
  List<String> problems(FuzzCase sent, int status, String head, String body) {
    List<String> problems = new ArrayList<>();
    if (status == 0 && !blank(sent) && !unparseableTarget(sent)) {
      problems.add("connection closed without an answer");
    }
    if (status >= 500) {
      problems.add("status " + status + " to a client's mistake");
    }
    if (status >= 100 && status < 200 || status >= 300 && status < 400) {
      problems.add("unexpected status " + status);
    }
    undocumentedStatus(sent, status).ifPresent(problems::add);
    String request = new String(sent.bytes(), StandardCharsets.ISO_8859_1) + new String(sent.bytes(), StandardCharsets.UTF_8);
    for (String internal : INTERNALS) {
      if (body.contains(internal) && !request.contains(internal)) {
        problems.add("body shows internals (" + internal.strip() + ")");
      }
    }
    if (body.contains(FuzzCases.TOKEN)) {
      problems.add("body echoes the bearer token");
    }
    boolean headRequest = sent instanceof FuzzCase.WellFormed wellFormed && "HEAD".equals(wellFormed.request().method());
    if (status >= 400 && !headRequest) {
      List<?> plain = validator.validate(Target.component("ErrorResponse"), body);
      List<?> detailed = validator.validate(Target.component("DetailedErrorResponse"), body);
      if (!plain.isEmpty() && !detailed.isEmpty()) {
        problems.add("error body is not the spec's error JSON: " + plain);
      }
    }
    return problems;
  }
}
