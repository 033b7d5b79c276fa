package io.itwincontracts.validator;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rough, same-run comparison of validating every seed example against parsing the same bytes with Jackson's
 * {@code readTree}: the first figure until the JMH benchmarks module exists. Run by hand (not a test):
 * {@code java -cp <test classpath> io.itwincontracts.validator.ValidationThroughputProbe}.
 */
public final class ValidationThroughputProbe {
  private ValidationThroughputProbe() {}

  public static void main(String[] args) {
    ContractValidator validator = ContractValidator.bundled();
    List<Example> examples = validator.examples();
    JsonMapper mapper = JsonMapper.builder().build();
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      long parseStart = System.nanoTime();
      int parses = 0;
      while (System.nanoTime() - parseStart < 3_000_000_000L) {
        for (Example example : examples) {
          sink += mapper.readTree(example.json()).size();
          parses++;
        }
      }
      double parsePerSecond = parses / ((System.nanoTime() - parseStart) / 1e9);
      long validateStart = System.nanoTime();
      int validations = 0;
      while (System.nanoTime() - validateStart < 3_000_000_000L) {
        for (Example example : examples) {
          sink += validator.validate(example.target(), example.json()).size();
          validations++;
        }
      }
      double validatePerSecond = validations / ((System.nanoTime() - validateStart) / 1e9);
      System.out.printf("round %d: readTree %.0f/s, parse+validate %.0f/s, validation costs %.2fx the parse%n",
          round, parsePerSecond, validatePerSecond, parsePerSecond / validatePerSecond);
    }
    System.out.println("(sink " + sink + ")");
  }
}
