package io.itwincontracts.conformance.internal.generator;

import io.itwincontracts.conformance.internal.http.Request;
import io.itwincontracts.conformance.internal.http.RequestFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One bad request of the fuzz run: either a well-formed HTTP request, which any client can send, or a malformed
 * one, written byte for byte to a socket because no HTTP client sends an oversized header or a broken request line.
 * The two are the only forms (sealed): a sender that handles both handles every case there is.
 */
public sealed interface FuzzCase {
  /** What was broken and where, e.g. {@code createSystem /name: string of maxLength+1 (151)}. */
  String name();

  /** The request as it goes on the wire. */
  byte[] bytes();

  /**
   * Writes the request as {@code case-NNNNN.http}, to replay with {@code nc 127.0.0.1 PORT < file} or to read; the
   * file starts with a comment line naming the case, seed and problem (strip it before replaying).
   */
  default Path writeTo(Path directory, long seed, int index, String problem) throws IOException {
    return RequestFile.write(directory, String.format("case-%05d.http", index), name(), seed, problem, bytes());
  }

  /**
   * A request the JDK client can send (it may still refuse a header or path; then its bytes go over a socket).
   *
   * @param name what was broken and where
   * @param request the request
   */
  record WellFormed(String name, Request request) implements FuzzCase {
    @Override
    public byte[] bytes() {
      return request.bytes();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A request no HTTP client would send, as its bytes.
   *
   * @param name what was broken
   * @param bytes the request, byte for byte
   */
  record Malformed(String name, byte[] bytes) implements FuzzCase {
    @Override
    public String toString() {
      return name;
    }
  }
}
