package io.itwincontracts.validator.coverage;

import io.itwincontracts.validator.ContractValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a test class, a test run or a proxy session exercised of the APIs: the exchanges seen, counted by kind.
 * Coverage files ({@link #write}) of several classes and forks merge into one ({@link #merge}, {@link #read}); the
 * specs give what there was to exercise ({@link #matrix}).
 */
public final class ApiCoverage {
  private static final Comparator<CoverageEntry> ORDER = Comparator.comparing(CoverageEntry::operationId)
      .thenComparingInt(CoverageEntry::status).thenComparing(CoverageEntry::source)
      .thenComparing(e -> String.valueOf(e.errorCode())).thenComparing(CoverageEntry::fault)
      .thenComparing(e -> String.valueOf(e.outcome()));

  private final List<CoverageEntry> entries;

  /** Coverage of these entries; entries of the same kind are added up. */
  public ApiCoverage(Collection<CoverageEntry> entries) {
    Map<CoverageEntry, Long> byKind = new LinkedHashMap<>();
    entries.forEach(e -> byKind.merge(e.kind(), e.count(), Long::sum));
    this.entries = byKind.entrySet().stream().map(e -> e.getKey().times(e.getValue())).sorted(ORDER).toList();
  }

  /** The entries, one per kind of exchange, in order of operation, status and source. */
  public List<CoverageEntry> entries() {
    return entries;
  }

  /** How many exchanges, of every source. */
  public long exchanges() {
    return entries.stream().mapToLong(CoverageEntry::count).sum();
  }

  /** This coverage and {@code others} added up. */
  public ApiCoverage merge(ApiCoverage... others) {
    List<CoverageEntry> all = new ArrayList<>(entries);
    for (ApiCoverage other : others) {
      all.addAll(other.entries);
    }
    return new ApiCoverage(all);
  }

  /**
   * Reads coverage files and directories of them ({@code *.json}, not recursively) and merges them.
   *
   * @throws IOException if one cannot be read
   * @throws IllegalArgumentException naming the file (and line) that is not a coverage file
   */
  public static ApiCoverage read(List<Path> filesOrDirectories) throws IOException {
    return CoverageFiles.read(filesOrDirectories);
  }

  /**
   * Writes this coverage to {@code file} whole or not at all (a reader in another fork never sees half a file).
   *
   * @throws IOException if it cannot be written
   */
  public void write(Path file) throws IOException {
    CoverageFiles.write(this, file);
  }

  /** What this coverage exercised of every operation, status and error code the spec lists. */
  public CoverageMatrix matrix(ContractValidator spec) {
    return CoverageMatrix.of(spec, this);
  }

  @Override
  public String toString() {
    return "ApiCoverage[" + entries.size() + " kinds of exchange, " + exchanges() + " exchanges]";
  }
}
