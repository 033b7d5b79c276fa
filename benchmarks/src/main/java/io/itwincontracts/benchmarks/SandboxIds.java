package io.itwincontracts.benchmarks;

/** IDs of the sandbox's bundled seed data that the benchmarks address. */
final class SandboxIds {
  /** Where benchmarks create systems: its list grows, so nothing reads it. */
  static final String WRITE_ITWIN = "5fb9aa98-9874-4697-b942-d19728840f19";
  /** Where benchmarks list systems: seeded with two, as the spec's example, and never written again. */
  static final String READ_ITWIN = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
  static final String CONNECTION = "MWplZe9Uf0iR1IDMqyOMLry641hUCa9JjxI3cYz8uCg";
  /** Any token other than the data file's named ones has every permission. */
  static final String TOKEN = "benchmark-token";
  static final String ACCEPT = "application/vnd.bentley.itwin-platform.v1+json";

  private SandboxIds() {}

  /** A createSystem body with the given systemId, as the spec's example. */
  static String createSystemBody(String systemId) {
    return "{\"name\":\"Development Sql Server\",\"systemId\":\"" + systemId + "\",\"systemType\":\"EDF.Sql\","
        + "\"credentials\":{\"UserName\":\"edfs\",\"Password\":\"benchmark\"}}";
  }
}
