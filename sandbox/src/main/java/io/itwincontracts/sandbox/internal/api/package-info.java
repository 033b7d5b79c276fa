/**
 * The three APIs: their resources, which implement the generated interfaces over the state, and what the pages
 * document for each operation beyond its schemas ({@code SandboxOperation}).
 */
package io.itwincontracts.sandbox.internal.api;
