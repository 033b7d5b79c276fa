package io.itwincontracts.conformance.internal.http;

import io.itwincontracts.conformance.Check;
/**
 * One way an answer breaks the contract, before it is tied to a case.
 *
 * @param check the check that found it (see {@link Check})
 * @param expected what the contract asks for
 * @param got what the server did
 */
public record Problem(Check check, String expected, String got) {}
