/**
 * One running sandbox server with its state and request pipeline ({@link SandboxCore}), and the servers a closed
 * sandbox leaves for the next start in the same JVM ({@link ParkedCores}). Not API.
 */
package io.itwincontracts.sandbox.internal.core;
