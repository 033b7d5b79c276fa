package io.itwincontracts.benchmarks;

import io.itwincontracts.sandbox.DefaultData;
import java.util.List;

/** IDs of the sandbox's bundled seed data that the benchmarks address. */
final class SandboxIds {
  /** Where benchmarks create systems: its list grows, so nothing reads it. */
  static final String WRITE_ITWIN = DefaultData.ITWIN;
  /** Where benchmarks list systems: seeded with two, as the spec's example, and never written again. */
  static final String READ_ITWIN = DefaultData.EMPTY_ITWIN;
  /** The systemIds {@link #READ_ITWIN} is seeded with: those of the spec's listSystems example. */
  static final List<String> READ_LIST = List.of("devsqlserver", "prod_sql_server01");
  static final String CONNECTION = DefaultData.CONNECTION;
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
