/**
 * What runs before Jersey: Jetty on loopback, reading each body whole, Jetty's URI rules, and the error JSON for
 * every refusal Jetty makes itself. {@code LoopbackJetty} builds it in the order it runs.
 */
package io.itwincontracts.sandbox.internal.http;
