package io.itwincontracts.conformance.internal.generator;

/**
 * A request body broken on purpose, and how.
 *
 * @param label what was broken and where, e.g. {@code /name: string of maxLength+1 (151)} or {@code truncated at 17}
 * @param body the broken body
 */
public record Mutation(String label, byte[] body) {}
