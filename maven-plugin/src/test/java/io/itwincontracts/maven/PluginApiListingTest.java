package io.itwincontracts.maven;

import io.itwincontracts.testkit.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plugin's public API (its goals' classes, which a user extends or reads in {@code help:describe}) is the one
 * committed in {@code api/itwin-contracts-maven-plugin.txt}, as for every other published module
 * (contract-tests' {@code PublicApiListingTest}); here, because only this module has Maven's API on its class path.
 */
class PluginApiListingTest {
  @Test
  void pluginsApiIsItsCommittedListing() throws Exception {
    ApiListing.checkCommitted(Path.of("").toAbsolutePath(), "itwin-contracts-maven-plugin",
        getClass().getClassLoader(), "mvn -o -pl maven-plugin -am package -Dtest=PluginApiListingTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.skip=true -Dapi.update=true");
  }
}
