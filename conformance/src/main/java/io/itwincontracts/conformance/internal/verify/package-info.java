/**
 * The verify suite behind {@code ContractVerifier}: each operation's cases ({@code VerifySuite}), the stateful
 * {@code Sequences}, the run that sends and checks them ({@code VerifyRun}), and the reports of its
 * {@code Outcome}. Uses the generator and {@code internal.http}; nothing below it uses this package.
 */
package io.itwincontracts.conformance.internal.verify;
