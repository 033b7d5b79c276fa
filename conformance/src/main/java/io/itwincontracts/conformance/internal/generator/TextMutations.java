package io.itwincontracts.conformance.internal.generator;

import static io.itwincontracts.conformance.internal.generator.Bytes.concat;
import static io.itwincontracts.conformance.internal.generator.Bytes.utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Breakage a JSON library would not write, done on the text or the bytes of a body: duplicate keys, truncation,
 * comments, bad escapes and encodings, and documents that are not the operation's at all (nesting, size, keys).
 */
public final class TextMutations {
  private TextMutations() {}

  /** Breakage of one valid body's text; {@code random} picks where it is cut and the random bytes. */
  public static List<Mutation> of(String json, Random random) {
    List<Mutation> mutations = new ArrayList<>();
    int brace = json.indexOf('{');
    int colon = json.indexOf(':');
    if (brace >= 0 && colon > brace) {
      String firstKey = json.substring(brace + 1, colon).trim();
      mutations.add(new Mutation("duplicate key " + firstKey,
          utf8(json.substring(0, brace + 1) + firstKey + ": \"first\", " + json.substring(brace + 1))));
    }
    int cut = 1 + random.nextInt(Math.max(1, json.length() - 1));
    mutations.add(new Mutation("truncated at " + cut, utf8(json.substring(0, cut))));
    mutations.add(new Mutation("trailing garbage", utf8(json + "}}garbage")));
    mutations.add(new Mutation("two documents", utf8(json + json)));
    mutations.add(new Mutation("single quotes", utf8(json.replace('"', '\''))));
    mutations.add(new Mutation("comment inside", utf8("/* c */" + json)));
    mutations.add(new Mutation("lone surrogate escape", utf8(json.replaceFirst(":\\s*\"", ": \"\\\\ud800"))));
    mutations.add(new Mutation("NUL escape", utf8(json.replaceFirst(":\\s*\"", ": \"\\\\u0000"))));
    mutations.add(new Mutation("raw control character in a string", utf8(json.replaceFirst(":\\s*\"", ": \"\u0001"))));
    mutations.add(new Mutation("byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(json))));
    mutations.add(new Mutation("UTF-16 body", json.getBytes(StandardCharsets.UTF_16)));
    mutations.add(new Mutation("invalid UTF-8 in a string", invalidUtf8(json)));
    mutations.add(new Mutation("random bytes", Bytes.random(random, 1 + random.nextInt(512))));
    return mutations;
  }

  /** Bodies that are not the operation's document at all: other JSON values, deep nesting, huge sizes. */
  public static List<Mutation> wrongDocuments() {
    List<Mutation> mutations = new ArrayList<>();
    for (String document : List.of("", " ", "null", "[]", "{}", "true", "0", "-0", "1e400", "\"text\"", "{", "}", "[",
        "{\"a\":}", "{,}", "NaN", "[1,]", "{\"a\" \"b\"}")) {
      mutations.add(new Mutation("document " + (document.isBlank() ? "(blank)" : document), utf8(document)));
    }
    // around the parsers' depth limits (500 and 1000 are common ones), and far past them
    for (int depth : List.of(64, 499, 500, 501, 999, 1000, 1001, 5000, 100_000)) {
      mutations.add(new Mutation("arrays nested " + depth + " deep", utf8("[".repeat(depth) + "]".repeat(depth))));
      mutations.add(new Mutation("objects nested " + depth + " deep",
          utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
      mutations.add(new Mutation("unclosed nesting " + depth + " deep", utf8("[".repeat(depth))));
    }
    mutations.add(new Mutation("a string of 1 MiB + 1", utf8("\"" + "x".repeat(1024 * 1024 - 1) + "\"")));
    mutations.add(new Mutation("a string just under 1 MiB", utf8("{\"name\":\"" + "x".repeat(1024 * 1024 - 20) + "\"}")));
    mutations.add(new Mutation("a number of 100000 digits", utf8("{\"name\":" + "9".repeat(100_000) + "}")));
    mutations.add(new Mutation("a key of 100000 characters", utf8("{\"" + "k".repeat(100_000) + "\":1}")));
    mutations.add(new Mutation("10000 distinct keys", utf8(manyKeys(10_000))));
    return mutations;
  }

  private static String manyKeys(int count) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    return json.append('}').toString();
  }

  /** Bytes no UTF-8 decoder accepts inside the first string value (or at the end when there is none). */
  private static byte[] invalidUtf8(String json) {
    byte[] bytes = utf8(json);
    int quote = json.indexOf(":\"");
    if (quote < 0) {
      return concat(bytes, new byte[] {(byte) 0xC3, (byte) 0x28});
    }
    byte[] prefix = utf8(json.substring(0, quote + 2));
    byte[] suffix = utf8(json.substring(quote + 2));
    return concat(concat(prefix, new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80}), suffix);
  }
}
