package io.itwincontracts.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads {@code error.code} from an error body, wherever it stands in the object and even from the first bytes of
 * a body that was cut short: a coverage recorder keeps only the start of a long body. Internal: the sandbox and
 * the proxy read codes with it.
 */
public final class ErrorCode {
  private static final JsonFactory JSON = new JsonFactory();

  /** How much of a body a recorder needs to keep to find its code. */
  public static final int BYTES_NEEDED = 4096;

  private ErrorCode() {}

  /**
   * The {@code error.code} of {@code body}'s first {@code length} bytes, or null when it has none (not JSON, no
   * code before the bytes end).
   */
  public static String of(byte[] body, int length) {
    try (JsonParser parser = JSON.createParser(body, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("error".equals(field) && value == JsonToken.START_OBJECT) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String inner = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_STRING && "code".equals(inner)) {
              return parser.getText();
            }
            parser.skipChildren();
          }
          return null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException cutShortOrNotJson) {
      return null;
    }
  }
}
