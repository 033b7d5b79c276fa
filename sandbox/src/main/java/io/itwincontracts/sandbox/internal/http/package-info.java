/**
 * The sandbox on Jetty: loopback only, reading each body whole, Jetty's URI rules, and the error JSON for
 * every refusal Jetty makes itself, each API's handler. {@code LoopbackJetty} builds it in the order it runs.
 */
package io.itwincontracts.sandbox.internal.http;
