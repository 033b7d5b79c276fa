package io.itwincontracts.sandbox.junit;

import io.itwincontracts.validator.coverage.ApiCoverage;
import io.itwincontracts.validator.coverage.CoverageRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The API coverage of one test class: what its sandboxes answered and what the clients the extension handed out
 * made of it. When the class ends it is written to {@code <directory>/<class name>.json} (one file per class, so
 * classes in parallel and in other forks never write the same file) and added to the run's.
 */
final class ClassCoverage implements AutoCloseable {
  private final CoverageRecorder sandbox = new CoverageRecorder("sandbox");
  private final CoverageRecorder client = new CoverageRecorder("client");
  private final Path file;
  private final RunCoverage run;

  ClassCoverage(Path directory, Class<?> testClass, RunCoverage run) {
    this.file = directory.resolve(testClass.getName() + ".json");
    this.run = run;
  }

  CoverageRecorder sandbox() {
    return sandbox;
  }

  CoverageRecorder client() {
    return client;
  }

  @Override
  public void close() {
    ApiCoverage coverage = sandbox.snapshot().merge(client.snapshot());
    run.add(coverage);
    try {
      coverage.write(file);
    } catch (IOException e) {
      throw new UncheckedIOException("the API coverage of the class could not be written to " + file, e);
    }
  }
}
