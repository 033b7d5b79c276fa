package io.itwincontracts.conformance.internal.verify;

import io.itwincontracts.conformance.Failure;
import java.util.List;

/**
 * A verify run as JUnit XML, the format CI systems read: one test suite per operation, one test case per
 * operation and kind of case, failing with one line per failure.
 */
final class JunitXml {
  private JunitXml() {}

  static String of(Outcome result) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append(String.format("<testsuites name=\"itwin-contracts verify\" tests=\"%d\" failures=\"%d\" time=\"%.3f\">%n",
        result.cases().values().stream().mapToInt(k -> k.size()).sum(), failedKinds(result),
        result.elapsed().toMillis() / 1000.0));
    result.cases().forEach((operation, kinds) -> {
      xml.append(String.format("  <testsuite name=\"%s\" tests=\"%d\">%n", Markup.escape(operation), kinds.size()));
      kinds.forEach((kind, count) -> {
        List<Failure> failures = failures(result, operation, kind);
        xml.append(String.format("    <testcase classname=\"%s\" name=\"%s (%d cases)\"", Markup.escape(operation),
            kind, count));
        if (failures.isEmpty()) {
          xml.append("/>\n");
          return;
        }
        xml.append(">\n      <failure message=\"").append(failures.size()).append(" failure(s)\">");
        failures.forEach(f -> xml.append(Markup.escape(f.toString())).append('\n'));
        xml.append("</failure>\n    </testcase>\n");
      });
      xml.append("  </testsuite>\n");
    });
    return xml.append("</testsuites>\n").toString();
  }

  private static long failedKinds(Outcome result) {
    return result.cases().entrySet().stream().flatMap(e -> e.getValue().keySet().stream()
        .filter(kind -> !failures(result, e.getKey(), kind).isEmpty())).count();
  }

  private static List<Failure> failures(Outcome result, String operation, String kind) {
    return result.failures().stream()
        .filter(f -> f.operationId().equals(operation) && f.caseName().startsWith(kind + " ")).toList();
  }
}
