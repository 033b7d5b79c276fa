/**
 * API coverage: which operations, statuses and error codes of the contract a team's tests exercised. A
 * {@link io.itwincontracts.validator.coverage.CoverageRecorder} counts exchanges where the sandbox, the client or
 * the proxy sees them; {@link io.itwincontracts.validator.coverage.ApiCoverage} merges coverage files;
 * {@link io.itwincontracts.validator.coverage.CoverageMatrix} sets them against the specs; a
 * {@link io.itwincontracts.validator.coverage.CoverageGate} fails a build below its threshold.
 */
package io.itwincontracts.validator.coverage;
