package io.itwincontracts.contracttests.structure;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.itwincontracts.testkit.ApiListing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each published module's public API (its hand-written types and their public and protected members) is the one
 * committed in {@code <module>/api/<module>.txt}: a change to the API fails here, with the lines added and removed,
 * until the listing is updated in the same commit ({@code -Dapi.update=true} rewrites the listings; see
 * docs/contributing.md).
 */
class PublicApiListingTest {
  private static final boolean UPDATE = Boolean.getBoolean("api.update");

  @TestFactory
  Stream<DynamicTest> everyPublishedModulesApiIsItsCommittedListing() {
    return PublishedModules.NAMES.stream().map(module -> dynamicTest(module, () -> {
      Path dir = PublishedModules.directory(module);
      List<String> actual = ApiListing.of(PublishedModules.classes(module), dir.resolve("src/main/java"),
          getClass().getClassLoader());
      Path listing = dir.resolve("api").resolve(module + ".txt");
      if (UPDATE) {
        Files.createDirectories(listing.getParent());
        Files.writeString(listing, String.join("\n", actual) + "\n");
        return;
      }
      List<String> committed = committed(listing);
      if (!committed.equals(actual)) {
        fail("The public API of " + module + " differs from " + dir.relativize(listing).toString().replace('\\', '/')
            + " (module " + module + "):\n" + difference(committed, actual)
            + "\nIf the change is meant, update the listing in the same commit:\n  mvn -o -pl contract-tests -am package"
            + " -Dtest=PublicApiListingTest -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true");
      }
    }));
  }

  private static List<String> committed(Path listing) throws IOException {
    return Files.exists(listing) ? Files.readAllLines(listing).stream().filter(l -> !l.isBlank()).toList() : List.of();
  }

  private static String difference(List<String> committed, List<String> actual) {
    Set<String> removed = new LinkedHashSet<>(committed);
    actual.forEach(removed::remove);
    Set<String> added = new LinkedHashSet<>(actual);
    committed.forEach(added::remove);
    List<String> lines = new ArrayList<>();
    removed.forEach(line -> lines.add("- " + line));
    added.forEach(line -> lines.add("+ " + line));
    return String.join("\n", lines);
  }
}
