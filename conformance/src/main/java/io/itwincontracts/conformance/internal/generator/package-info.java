/**
 * The spec-driven request generator: valid bodies from a schema, and the breakage of a body, a header, a path or
 * the HTTP itself. Verify takes its positive and negative cases from it, the fuzz run ({@code FuzzCases}) all its
 * cases, so the two break a request alike. Builds on {@code internal.http} only.
 */
package io.itwincontracts.conformance.internal.generator;
