package io.itwincontracts.validator.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The merged report as JSON, for tools: the totals, then each operation's cells. */
final class CoverageJson {
  private CoverageJson() {}

  static String render(CoverageMatrix matrix) {
    ObjectNode root = CoverageFiles.JSON.createObjectNode().put("format", "itwin-contracts-coverage-report/1");
    root.putObject("totals").put("exchanges", matrix.exchanges())
        .put("listedStatuses", matrix.listedStatuses()).put("exercisedStatuses", matrix.exercisedStatuses())
        .put("faultOnlyStatuses", matrix.faultOnlyStatuses()).put("ratio", Math.round(matrix.ratio() * 1000) / 1000.0)
        .put("listedErrorCodes", matrix.listedCodes()).put("exercisedErrorCodes", matrix.exercisedCodes());
    ObjectNode operations = root.putObject("operations");
    for (CoverageMatrix.Row row : matrix.rows()) {
      ObjectNode operation = operations.putObject(row.operation().operationId())
          .put("method", row.operation().method()).put("path", row.operation().path())
          .put("listed", row.cells().size()).put("exercised", row.exercised());
      ObjectNode statuses = operation.putObject("statuses");
      for (CoverageMatrix.Cell cell : row.cells()) {
        ObjectNode status = statuses.putObject(cell.status()).put("state", cell.state().name())
            .put("exchanges", cell.exchanges());
        ObjectNode codes = status.putObject("errorCodes");
        cell.codes().forEach(code -> codes.put(code.code(), code.state().name()));
        ObjectNode outcomes = status.putObject("clientOutcomes");
        cell.outcomes().forEach(outcomes::put);
      }
      ObjectNode unlisted = operation.putObject("unlistedStatuses");
      row.unlisted().forEach((status, count) -> unlisted.put(String.valueOf(status), count));
      ObjectNode unlistedCodes = operation.putObject("unlistedErrorCodes");
      row.unlistedCodes().forEach(unlistedCodes::put);
      ObjectNode unlistedFaults = operation.putObject("unlistedStatusesOfFaults");
      row.unlistedFaults().forEach((status, count) -> unlistedFaults.put(String.valueOf(status), count));
    }
    try {
      return CoverageFiles.JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the coverage report could not be written as JSON", e);
    }
  }
}
