package io.itwincontracts.conformance.internal.generator;

import static io.itwincontracts.conformance.internal.generator.Bytes.concat;
import static io.itwincontracts.conformance.internal.generator.Bytes.utf8;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Requests no HTTP client library would send, written as bytes: broken request lines, oversized and malformed
 * headers, lying or missing content lengths, bad chunking, raw control and non-ASCII bytes in the path.
 */
final class MalformedHttp {
  private static final String BODY = "{\"name\":\"n\",\"systemId\":\"s\",\"systemType\":\"t\"}";

  /** The Authorization line of the requests whose breakage is elsewhere: the run's token, given by the run. */
  private final String auth;

  MalformedHttp(String token) {
    this.auth = "Authorization: Bearer " + token + "\r\n";
  }

  List<FuzzCase> cases(String path) {
    List<FuzzCase> cases = new ArrayList<>();
    add(cases, "request line without version", "GET " + path + "\r\n\r\n");
    add(cases, "request line with HTTP/0.9", "GET " + path + " HTTP/0.9\r\n\r\n");
    add(cases, "request line with HTTP/2.0", "GET " + path + " HTTP/2.0\r\nHost: x\r\n\r\n");
    add(cases, "request line with HTTP/9.9", "GET " + path + " HTTP/9.9\r\nHost: x\r\n\r\n");
    add(cases, "request line of spaces", "    \r\n\r\n");
    add(cases, "empty request", "\r\n\r\n");
    add(cases, "lower-case method", "get " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "TRACE", "TRACE " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "CONNECT", "CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    add(cases, "absolute-form URI", "GET http://127.0.0.1" + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "asterisk-form URI", "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    add(cases, "path without slash", "GET edfs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    add(cases, "path with bad percent escape", "GET " + path + "%zz HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "path with a lone percent", "GET /edfs/itwins/% HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "query with bad percent escape", "GET " + path + "?a=%G1 HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
    cases.add(new FuzzCase.Malformed("path with raw non-ASCII and control bytes", concat(concat(utf8("GET /edfs/itwins/"),
        new byte[] {(byte) 0xFF, (byte) 0xC3, 0x01, 0x7F}), utf8("/systems HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n"))));
    add(cases, "header without colon", "GET " + path + " HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "header with empty name", "GET " + path + " HTTP/1.1\r\nHost: x\r\n: value\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "header name with space", "GET " + path + " HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "obsolete header folding", "GET " + path + " HTTP/1.1\r\nHost: x\r\nX-A: a\r\n folded\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "bare LF line endings", "GET " + path + " HTTP/1.1\nHost: x\n" + auth.replace("\r", "") + "Connection: close\n\n");
    add(cases, "header value of 64 KiB", "GET " + path + " HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(64 * 1024) + "\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "header value of 1 MiB", "GET " + path + " HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(1024 * 1024) + "\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "authorization of 256 KiB", "GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + "a".repeat(256 * 1024) + "\r\nConnection: close\r\n\r\n");
    add(cases, "request line of 256 KiB", "GET " + path + "?q=" + "q".repeat(256 * 1024) + " HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
    add(cases, "5000 headers", "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + "X-Many: m\r\n".repeat(5000) + auth + "Connection: close\r\n\r\n");
    add(cases, "two authorization headers", "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Authorization: Bearer other\r\nConnection: close\r\n\r\n");
    cases.add(new FuzzCase.Malformed("authorization with control and non-ASCII bytes", concat(concat(utf8("GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "),
        new byte[] {0x01, (byte) 0xE9, 0x00, (byte) 0xFF}), utf8("\r\nConnection: close\r\n\r\n"))));
    cases.add(new FuzzCase.Malformed("content type with non-ASCII bytes", concat(concat(utf8("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json"),
        new byte[] {(byte) 0xE9, 0x00}), utf8("\r\nContent-Length: " + BODY.length() + "\r\nConnection: close\r\n\r\n" + BODY))));
    add(cases, "POST without content length", "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\nConnection: close\r\n\r\n" + BODY);
    add(cases, "POST without content type or length", "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n" + BODY);
    add(cases, "content length shorter than body", post(path, "Content-Length: 5\r\n", BODY));
    add(cases, "content length longer than body", post(path, "Content-Length: " + (BODY.length() + 100) + "\r\n", BODY));
    add(cases, "negative content length", post(path, "Content-Length: -1\r\n", BODY));
    add(cases, "content length not a number", post(path, "Content-Length: abc\r\n", BODY));
    add(cases, "content length past 2^63", post(path, "Content-Length: 99999999999999999999999\r\n", BODY));
    add(cases, "two different content lengths", post(path, "Content-Length: 3\r\nContent-Length: " + BODY.length() + "\r\n", BODY));
    add(cases, "content length and chunked", post(path, "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n",
        Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n0\r\n\r\n"));
    add(cases, "chunked body", post(path, "Transfer-Encoding: chunked\r\n",
        Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n0\r\n\r\n"));
    add(cases, "chunk size not hex", post(path, "Transfer-Encoding: chunked\r\n", "zz\r\n" + BODY + "\r\n0\r\n\r\n"));
    add(cases, "chunk size past the body", post(path, "Transfer-Encoding: chunked\r\n", "ffff\r\n" + BODY + "\r\n0\r\n\r\n"));
    add(cases, "chunked without last chunk", post(path, "Transfer-Encoding: chunked\r\n", Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n"));
    add(cases, "unknown transfer encoding", post(path, "Transfer-Encoding: gzip\r\n", BODY));
    add(cases, "gzip content encoding of plain JSON", post(path, "Content-Encoding: gzip\r\nContent-Length: " + BODY.length() + "\r\n", BODY));
    add(cases, "expect 100-continue", post(path, "Expect: 100-continue\r\nContent-Length: " + BODY.length() + "\r\n", BODY));
    add(cases, "expect something else", post(path, "Expect: 999-nonsense\r\nContent-Length: " + BODY.length() + "\r\n", BODY));
    add(cases, "HTTP/1.0 without host", "GET " + path + " HTTP/1.0\r\n" + auth + "\r\n");
    add(cases, "pipelined garbage after a request", "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n\u0000\u0001garbage\r\n\r\n");
    return cases;
  }

  /** A malformed request built from random pieces: random request line, header bytes or body framing. */
  FuzzCase random(Random random, String path, int index) {
    String label = "malformed #" + index + ": ";
    return switch (random.nextInt(4)) {
      case 0 -> new FuzzCase.Malformed(label + "random request line", concat(Bytes.random(random, 1 + random.nextInt(200)),
          utf8("\r\nHost: x\r\nConnection: close\r\n\r\n")));
      case 1 -> new FuzzCase.Malformed(label + "random header bytes", concat(concat(utf8("GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "X-R: "),
          Bytes.random(random, 1 + random.nextInt(200))), utf8("\r\nConnection: close\r\n\r\n")));
      case 2 -> new FuzzCase.Malformed(label + "random header text", utf8("GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
          + RandomText.of(random, 1 + random.nextInt(80)).replace("\r", "").replace("\n", "") + ": v\r\nConnection: close\r\n\r\n"));
      default -> new FuzzCase.Malformed(label + "random content length", utf8(post(path, "Content-Length: "
          + (random.nextInt(BODY.length() * 2) - 5) + "\r\n", BODY)));
    };
  }

  private String post(String path, String framing, String body) {
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\n" + framing
        + "Connection: close\r\n\r\n" + body;
  }

  private static void add(List<FuzzCase> cases, String name, String request) {
    cases.add(new FuzzCase.Malformed(name, utf8(request)));
  }
}
