package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.internal.http.Problem;
import io.itwincontracts.conformance.internal.http.Request;
import io.itwincontracts.conformance.internal.http.RequestFile;
import io.itwincontracts.runtime.internal.Redaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A failing case's request as an HTTP/1.1 message in a file, the way the fuzz run writes its failures, with the
 * secrets out: the token and the credential values read {@code REDACTED} (put your own back to replay it with
 * {@code curl} or {@code nc}). The first line is a comment naming the case, the seed and the problem.
 */
final class ReplayFile {
  private ReplayFile() {}

  static Path write(Path directory, int index, VerifyCase sent, long seed, Problem problem) throws IOException {
    Request request = sent.request();
    Redaction redaction = Redaction.forRequest(request.headers(), request.body());
    Request redacted = new Request(request.method(), request.path(),
        request.headers().stream().map(h -> Map.entry(h.getKey(), redaction.text(h.getValue()))).toList(),
        request.body() == null ? null : redaction.bodyBytes(request.body()));
    return RequestFile.write(directory, String.format("case-%05d-%s.http", index, sent.operationId()),
        redaction.text(sent.name()), seed, redaction.text(sent.operationId() + ": " + problem.check()
            + ": expected " + problem.expected() + ", got " + problem.got()), redacted.bytes());
  }
}
