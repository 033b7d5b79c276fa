package io.itwincontracts.conformance.internal.generator;

import java.util.Random;

/** Random strings that mix ASCII, control characters, accents, right-to-left marks and astral code points. */
final class RandomText {
  private static final int[][] RANGES = {{0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0x17F}, {0x200B, 0x202E}, {0x1F600, 0x1F64F},
      {0x4E00, 0x4E80}};

  private RandomText() {}

  static String of(Random random, int codePoints) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int[] range = RANGES[random.nextInt(RANGES.length)];
      text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    return text.toString();
  }
}
