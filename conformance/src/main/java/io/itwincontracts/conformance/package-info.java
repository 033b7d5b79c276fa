/**
 * Holds any server to the specs: {@link io.itwincontracts.conformance.ContractVerifier} runs a suite derived from
 * them over HTTP and returns a {@link io.itwincontracts.conformance.VerificationResult} of
 * {@link io.itwincontracts.conformance.Failure}s, each named by a {@link io.itwincontracts.conformance.Check};
 * {@link io.itwincontracts.conformance.ContractProxy} checks live traffic. These five types are the API; the
 * {@code internal} packages under this one are not, and change as the suite does.
 */
package io.itwincontracts.conformance;
