package io.itwincontracts.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code listSystems} 200 response of any size, valid against the spec: the large payloads of the validation and
 * memory benchmarks. Items differ (ids, names) so that no parser can share strings between them.
 */
final class ListSystemsPayload {
  private ListSystemsPayload() {}

  /** A response with exactly {@code items} systems. */
  static byte[] withItems(int items) {
    return build(items, Long.MAX_VALUE);
  }

  /** A response of at least {@code bytes} bytes (a few hundred more, to close the last item). */
  static byte[] ofSize(long bytes) {
    return build(Integer.MAX_VALUE, bytes);
  }

  private static byte[] build(int items, long bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(bytes + 1024, 64L * items + 1024));
    write(out, "{\"systems\":[");
    for (int i = 0; i < items && out.size() < bytes; i++) {
      if (i > 0) {
        write(out, ",");
      }
      write(out, item(i));
    }
    write(out, "]}");
    return out.toByteArray();
  }

  private static String item(int i) {
    return "{\"id\":\"" + new UUID(0x5fb9aa9898744697L, i) + "\",\"systemName\":\"Sql Server " + i
        + "\",\"organizationId\":\"3f1b8a52-6a4e-4f0c-9a51-1c2a7d9e0b11\",\"systemId\":\"sql_server_" + i
        + "\",\"systemType\":\"EDF.Sql\",\"lastChange\":\"2024-04-24T13:03:26.24-04:00\""
        + ",\"lastChangeBy\":\"9f8e7d6c-5b4a-4938-8271-605f4e3d2c1b\",\"lastChangeByName\":\"Name Surname\"}";
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
