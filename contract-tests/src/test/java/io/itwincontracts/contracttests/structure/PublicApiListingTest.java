package io.itwincontracts.contracttests.structure;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.itwincontracts.testkit.ApiListing;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each published module's public API (its hand-written types and their public and protected members) is the one
 * committed in {@code <module>/api/<module>.txt}: a change to the API fails here, with the lines added and removed,
 * until the listing is updated in the same commit ({@code -Dapi.update=true} rewrites the listings; see
 * docs/contributing.md). The Maven plugin's listing is checked in its own module, where Maven's API is on the class
 * path ({@code PluginApiListingTest}).
 */
class PublicApiListingTest {
  private static final String UPDATE = "mvn -o -pl contract-tests -am package -Dtest=PublicApiListingTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true";

  @TestFactory
  Stream<DynamicTest> everyPublishedModulesApiIsItsCommittedListing() {
    return PublishedModules.NAMES.stream().map(module -> dynamicTest(module, () ->
        ApiListing.checkCommitted(PublishedModules.directory(module), module, getClass().getClassLoader(), UPDATE)));
  }
}
