package io.itwincontracts.client;

import io.itwincontracts.testkit.Replies;

/** The canned bodies of this package's test resources ({@code responses/systems.json}, {@code errors/429.json}...). */
final class TestFiles {
  private TestFiles() {}

  static String resource(String name) {
    return Replies.resource(TestFiles.class, name);
  }
}
