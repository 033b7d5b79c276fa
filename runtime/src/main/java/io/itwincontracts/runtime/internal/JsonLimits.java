package io.itwincontracts.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How deep and how large a JSON payload the products accept, in one place: the validator, the client's mapper, the
 * sandbox's mapper and its request reader all take their limits from here.
 */
public final class JsonLimits {
  /** JSON nested deeper than this is refused (a {@code limit} violation, not a syntax error). */
  public static final int MAX_DEPTH = 1000;
  /** The largest request body the sandbox reads (1 MiB); a larger one is answered 413. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final StreamReadConstraints READ = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();

  private JsonLimits() {}

  /** A JSON mapper builder whose parser applies these limits; callers add their own features. */
  public static JsonMapper.Builder mapper() {
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(READ).build());
  }
}
