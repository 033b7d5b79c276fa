package io.itwincontracts.conformance.internal.generator;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** The byte work of the generators: the breakage they write is often below the level of text. */
final class Bytes {
  private Bytes() {}

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static byte[] random(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
